package dev.tollgate.pricing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSource;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.support.Shared;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Seeded random catalog prices, from every source, are exactly the number in their raw file. */
class RawValueTest {

  @Test
  void two_thousand_random_prices_from_every_source_equal_their_raw_values() throws Exception {
    RawSources raw = new RawSources(Shared.path("pricing-sources"));
    PriceCatalog catalog = PriceCatalog.shipped();
    Map<Integer, List<CatalogPrice>> bySource = new HashMap<>();
    List<CatalogPrice> all = new ArrayList<>();
    for (CatalogFile.BlockRef ref : catalog.header().blocks()) {
      for (CatalogPrice p : catalog.pricesOf(ref)) {
        all.add(p);
        bySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
      }
    }
    Random random = new Random(20260823L);
    Collections.shuffle(all, random);
    List<CatalogPrice> sample = new ArrayList<>(all.subList(0, 2000));
    bySource.values().forEach(list -> {
      for (int i = 0; i < 3; i++) {
        sample.add(list.get(random.nextInt(list.size())));
      }
    });

    List<String> wrong = new ArrayList<>();
    TreeSet<String> files = new TreeSet<>();
    for (CatalogPrice p : sample) {
      CatalogSource source = catalog.sources().get(p.sourceId());
      files.add(source.file());
      String value = raw.raw(source, p);
      if (value == null || new BigDecimal(value).compareTo(p.usd()) != 0) {
        wrong.add(source.file() + " " + p.region() + " [" + p.sourceKey() + "]: catalog " + p.usd() + ", raw " + value);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(sample.size()).isGreaterThanOrEqualTo(2000);
    // Every source that holds prices was sampled (instance catalogs hold facts, not prices).
    assertThat(files).hasSize(bySource.size());
    assertThat(files).anyMatch(f -> f.startsWith("cycloid-terracost")).anyMatch(f -> f.startsWith("karpenter-provider-azure"))
        .anyMatch(f -> f.startsWith("cyclenerd")).anyMatch(f -> f.startsWith("andy-diericks"))
        .anyMatch(f -> f.contains("/processed/")).anyMatch(f -> f.startsWith("lamngockhuong"));
  }
}
