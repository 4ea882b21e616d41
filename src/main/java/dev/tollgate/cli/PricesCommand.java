package dev.tollgate.cli;

import dev.tollgate.model.InputException;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSearch;
import dev.tollgate.pricing.catalog.CatalogSource;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.pricing.importer.CatalogBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tollgate prices}: build, verify and look into the price catalog. */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    description = "Build, verify and look into the price catalog, and serve it to the Infracost CLI.",
    subcommands = {PricesCommand.Search.class, PricesCommand.Show.class, PricesCommand.Sources.class,
        PricesCommand.Build.class, PricesCommand.Verify.class, PricesServeCommand.class})
final class PricesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static PriceCatalog catalog(PriceOptions options) throws InputException {
    return (PriceCatalog) options.catalog();
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = {"Find prices by words, e.g. `tollgate prices search aws ec2 m5.large --region eu-west-1`.",
          "SERVICE is a code (AmazonEC2, Virtual Machines, Compute Engine) or a short name (ec2, rds, vm, gce).",
          "Every WORD must appear in the price's family, attributes or source key."})
  static final class Search implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VENDOR", description = "aws, azure or gcp.") String vendor;
    @Parameters(index = "1", paramLabel = "SERVICE") String service;
    @Parameters(index = "2..*", paramLabel = "WORD", arity = "0..*") List<String> words = new ArrayList<>();
    @Option(names = "--region", paramLabel = "CODE", description = "Only this region (us-east-1, europe-west1, eastus).")
    String region;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many prices (default: ${DEFAULT-VALUE}).")
    int limit;
    @Mixin PriceOptions prices;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
      PriceCatalog catalog = catalog(prices);
      List<String> services = CatalogSearch.services(catalog, vendor, service);
      if (services.isEmpty()) {
        throw new InputException("prices.service", "the catalog has no " + vendor + " service called " + service
            + "; run `tollgate prices sources` for what it holds", "search");
      }
      List<CatalogPrice> found = CatalogSearch.find(catalog, vendor, services, region, words, limit + 1);
      PrintWriter out = spec.commandLine().getOut();
      print(out, catalog, found.subList(0, Math.min(limit, found.size())));
      if (found.size() > limit) {
        out.printf("(more than %d prices; add words, --region or --limit)%n", limit);
      } else if (found.isEmpty()) {
        out.println("no prices found");
      }
      return Main.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Show the prices matching an exact query in the Cloud Pricing API's vocabulary, e.g.",
          "`tollgate prices show aws AmazonEC2 us-east-1 --family \"Compute Instance\" -a instanceType=m5.large "
              + "-a operatingSystem=Linux -a tenancy=Shared --purchase-option on_demand`.",
          "An attribute value written /regex/ or /regex/i is a regular expression."})
  static final class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "VENDOR") String vendor;
    @Parameters(index = "1", paramLabel = "SERVICE") String service;
    @Parameters(index = "2", paramLabel = "REGION") String region;
    @Option(names = "--family", paramLabel = "PRODUCT_FAMILY") String family;
    @Option(names = {"-a", "--attr"}, paramLabel = "KEY=VALUE") Map<String, String> attributes = new java.util.LinkedHashMap<>();
    @Option(names = "--purchase-option", paramLabel = "OPTION") String purchaseOption;
    @Mixin PriceOptions prices;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
      PriceCatalog catalog = catalog(prices);
      PriceQuery.Builder q = PriceQuery.of(vendor, service, family, region);
      attributes.forEach((k, v) -> {
        if (v.length() > 1 && v.startsWith("/")) {
          q.attrRegex(k, v);
        } else {
          q.attr(k, v);
        }
      });
      q.price(purchaseOption == null ? PriceFilter.ANY : PriceFilter.purchase(purchaseOption));
      PriceQuery query = q.build();
      List<CatalogPrice> found = catalog.find(query);
      PrintWriter out = spec.commandLine().getOut();
      if (found.isEmpty()) {
        out.println(((dev.tollgate.pricing.PriceAnswer.NotFound) catalog.lookup(query)).reason());
        return Main.OK;
      }
      for (CatalogPrice p : found) {
        out.printf("%s USD per %s  %s%s%n", p.usd().stripTrailingZeros().toPlainString(), p.unit().isEmpty() ? "unit" : p.unit(),
            purchase(p), tier(p));
        out.printf("  %s / %s / %s / %s%n", p.vendor(), p.service(), p.productFamily(), p.region());
        p.attributes().forEach((k, v) -> out.printf("  %s = %s%n", k, v));
        out.printf("  source: %s, key %s%n", catalog.provenance(p), p.sourceKey());
      }
      return Main.OK;
    }
  }

  @Command(name = "sources", mixinStandardHelpOptions = true,
      description = "List the catalog's sources with their price dates, and how many prices each service has.")
  static final class Sources implements Callable<Integer> {
    @Mixin PriceOptions prices;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
      PriceCatalog catalog = catalog(prices);
      PrintWriter out = spec.commandLine().getOut();
      out.println(catalog.header().note());
      out.println();
      for (CatalogSource s : catalog.sources()) {
        out.printf("%s  %s  (%s)%n", s.priceDate(), s.file(), s.origin());
      }
      out.println();
      Map<String, int[]> perService = new java.util.TreeMap<>();
      for (CatalogFile.BlockRef b : catalog.header().blocks()) {
        int[] c = perService.computeIfAbsent(b.vendor() + " " + b.service(), k -> new int[2]);
        c[0] += b.prices();
        c[1]++;
      }
      perService.forEach((k, c) -> out.printf("%-40s %,9d prices in %d regions%n", k, c[0], c[1]));
      return Main.OK;
    }
  }

  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Build a price catalog from a folder of public price files (the layout of ../shared/pricing-sources).")
  static final class Build implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The folder of price sources.")
    Path from;

    @Option(names = "--out", defaultValue = "catalog.tgc", paramLabel = "FILE",
        description = "Where to write the catalog (default: ${DEFAULT-VALUE}). Use it with `estimate --catalog FILE`.")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      CatalogBuilder.Result r = build(from);
      Files.write(out, r.catalog());
      PrintWriter w = spec.commandLine().getOut();
      w.printf("wrote %s (%,d bytes, %,d prices, %,d instance types)%n", out, r.catalog().length, r.prices(),
          r.instanceTypes());
      r.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> w.printf("  %,d %s%n", e.getValue(), e.getKey()));
      w.printf("  %,d Azure rows withheld (out of line with their series), e.g. %s%n", r.withheld().size(),
          r.withheld().isEmpty() ? "none" : r.withheld().get(0));
      return Main.OK;
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Rebuild the catalog from the sources and check it is byte for byte the one in use (exit 1 if not).")
  static final class Verify implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The folder of price sources.")
    Path from;
    @Mixin PriceOptions prices;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      byte[] current = prices.catalogBytes();
      byte[] rebuilt = build(from).catalog();
      PrintWriter out = spec.commandLine().getOut();
      if (Arrays.equals(current, rebuilt)) {
        out.printf("verified: rebuilding from %s gives the same %,d bytes%n", from, current.length);
        return Main.OK;
      }
      out.printf("differs: the catalog in use has %,d bytes, a rebuild from %s has %,d; first difference at byte %,d. "
          + "Rebuild it with `tollgate prices build --from %s --out FILE`.%n", current.length, from, rebuilt.length,
          Arrays.mismatch(current, rebuilt), from);
      return Main.POLICY_BROKEN;
    }
  }

  static CatalogBuilder.Result build(Path from) throws InputException, IOException {
    try {
      return CatalogBuilder.run(from);
    } catch (NoSuchFileException e) {
      throw new InputException("prices.sources", (e.getReason() == null ? "missing" : e.getReason())
          + ": " + e.getFile(), from.toString());
    }
  }

  static String purchase(CatalogPrice p) {
    StringBuilder b = new StringBuilder(p.purchaseOption());
    if (!p.termLength().isEmpty()) {
      b.append(' ').append(p.termLength());
    }
    if (!p.termPurchaseOption().isEmpty()) {
      b.append(' ').append(p.termPurchaseOption());
    }
    if (!p.termOfferingClass().isEmpty()) {
      b.append(' ').append(p.termOfferingClass());
    }
    return b.toString();
  }

  static String tier(CatalogPrice p) {
    return p.startUsageAmount().equals("0") && p.endUsageAmount().isEmpty() ? ""
        : "  tier " + p.startUsageAmount() + "-" + p.endUsageAmount();
  }

  static void print(PrintWriter out, PriceCatalog catalog, List<CatalogPrice> prices) {
    for (CatalogPrice p : prices) {
      StringBuilder attrs = new StringBuilder();
      p.attributes().forEach((k, v) -> attrs.append(attrs.length() == 0 ? "" : ", ").append(k).append('=').append(v));
      out.printf("%s  %s USD per %s  %s%s  %s%n    %s%n    source: %s%n", p.region(), p.usd().stripTrailingZeros().toPlainString(),
          p.unit().isEmpty() ? "unit" : p.unit(), purchase(p), tier(p), p.productFamily(), attrs,
          catalog.provenance(p));
    }
  }
}
