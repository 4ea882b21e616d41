import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the shipped catalog: loading one service's block (aws AmazonEC2 us-east-1), the largest
 * block (aws AmazonEC2 eu-west-1: terracost's every operating system, tenancy and capacity status),
 * loading every block, the heap the fully loaded catalog holds, and one million random lookups (memoised
 * `lookup` and un-memoised `find`). Run: java -cp target/tollgate.jar bench/CatalogBench.java
 */
public class CatalogBench {
  public static void main(String[] args) throws Exception {
    byte[] file;
    try (InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.RESOURCE)) {
      file = in.readAllBytes();
    }
    double[] one = new double[11];
    for (int i = 0; i < one.length; i++) {
      long t = System.nanoTime();
      PriceCatalog c = new PriceCatalog(file);
      c.find(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "us-east-1").attr("instanceType", "m5.large").build());
      one[i] = (System.nanoTime() - t) / 1e6;
    }
    double[] largest = new double[11];
    for (int i = 0; i < largest.length; i++) {
      long t = System.nanoTime();
      PriceCatalog c = new PriceCatalog(file);
      c.find(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "eu-west-1").attr("instanceType", "m5.large").build());
      largest[i] = (System.nanoTime() - t) / 1e6;
    }
    double[] all = new double[5];
    PriceCatalog full = null;
    long prices = 0;
    for (int i = 0; i < all.length; i++) {
      full = null;
      System.gc();
      long t = System.nanoTime();
      full = new PriceCatalog(file);
      prices = full.loadAll();
      all[i] = (System.nanoTime() - t) / 1e6;
    }
    System.gc();
    Thread.sleep(200);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapMiB = (rt.totalMemory() - rt.freeMemory()) >> 20;

    List<PriceQuery> queries = new ArrayList<>();
    Random random = new Random(42);
    List<CatalogFile.BlockRef> blocks = full.header().blocks();
    while (queries.size() < 10_000) {
      CatalogFile.BlockRef ref = blocks.get(random.nextInt(blocks.size()));
      List<CatalogPrice> ps = full.pricesOf(ref);
      CatalogPrice p = ps.get(random.nextInt(ps.size()));
      PriceQuery.Builder q = PriceQuery.of(p.vendor(), p.service(), p.productFamily(), p.region());
      p.attributes().forEach(q::attr);
      queries.add(q.price(PriceFilter.purchase(p.purchaseOption()).withStartUsage(p.startUsageAmount())).build());
    }
    long t = System.nanoTime();
    long found = 0;
    for (int i = 0; i < 1_000_000; i++) {
      found += full.lookup(queries.get(random.nextInt(queries.size()))) instanceof dev.tollgate.pricing.PriceAnswer.Found ? 1 : 0;
    }
    double lookupMs = (System.nanoTime() - t) / 1e6;
    t = System.nanoTime();
    for (int i = 0; i < 1_000_000; i++) {
      found += full.find(queries.get(random.nextInt(queries.size()))).size();
    }
    double findMs = (System.nanoTime() - t) / 1e6;
    Arrays.sort(one);
    Arrays.sort(largest);
    Arrays.sort(all);
    System.out.printf("catalog: %,d bytes, %,d prices in %,d blocks%n", file.length, prices, blocks.size());
    System.out.printf("open + load one service block (aws/AmazonEC2/us-east-1): median %.1f ms (min %.1f, max %.1f, %d runs)%n",
        one[one.length / 2], one[0], one[one.length - 1], one.length);
    System.out.printf("open + load the largest block (aws/AmazonEC2/eu-west-1): median %.1f ms (min %.1f, max %.1f, %d runs)%n",
        largest[largest.length / 2], largest[0], largest[largest.length - 1], largest.length);
    System.out.printf("open + load every block: median %.0f ms (min %.0f, max %.0f, %d runs)%n",
        all[all.length / 2], all[0], all[all.length - 1], all.length);
    System.out.printf("heap in use with everything loaded: %d MiB%n", heapMiB);
    System.out.printf("1,000,000 random lookups (memoised): %.0f ms (%.2f us each); 1,000,000 un-memoised finds: %.0f ms (%.2f us each) [%d]%n",
        lookupMs, lookupMs / 1000, findMs, findMs / 1000, found % 7);
  }
}
