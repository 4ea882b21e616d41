package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Cyclenerd's GCP {@code pricing.yml} (Cloud Billing Catalog, 2026-07-30): machine types, OS
 * licences, disks, network, buckets. Every leaf under a {@code cost} node is one price, keyed by
 * its YAML path ({@code compute.instance.n1-standard-64.cost.europe-west1.hour}).
 *
 * <p>Machine types speak the Cloud Pricing API's words: service {@code Compute Engine}, family
 * {@code Compute Instance}, attribute {@code machineType}; {@code hour} is purchase option
 * {@code on_demand}, {@code hour_spot} is {@code preemptible}, {@code month_1y}/{@code month_3y}
 * are {@code committed_use} with term {@code 1yr}/{@code 3yr} (USD per month), and {@code month}
 * (730 hours with GCP's sustained-use discount) is kept as {@code sustained_use} (USD per month).
 * Tollgate prices instances at {@code hour} x 730: the sustained-use discount depends on how many
 * hours of the month the instance (and others of its kind in the region) run, which a plan does not
 * say. {@code month_spot} and an item's {@code month} next to its {@code hour} are hour x 730 and
 * not stored.
 */
final class CyclenerdGcpImporter implements Importer {

  static final String FILE = "cyclenerd-google-cloud-pricing/pricing.yml";
  static final String ORIGIN = "github.com/Cyclenerd/google-cloud-pricing-cost-calculator@fd66b26f (pricing.yml)";
  /** {@code 0-100000}, {@code 100000-250000}, {@code 250000n}: a tier's start, and its end unless open. */
  private static final Pattern VOLUME_TIER = Pattern.compile("^(\\d+)(?:-(\\d+)|n)$");

  @Override
  public String folder() {
    return FILE;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(into.file(FILE))) {
      // The file is 3.9 MB, over SnakeYAML's default 3 MB document limit.
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(64 * 1024 * 1024);
      root = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build()).readTree(in);
    }
    int source = into.source(FILE, ORIGIN, "2026-07-30");
    Set<String> regions = new HashSet<>();
    for (String k : List.of("region", "dual-region", "multi-region")) {
      root.path(k).fieldNames().forEachRemaining(regions::add);
    }
    walk(into, source, regions, root, new ArrayList<>());
  }

  private static void walk(CatalogBuilder into, int source, Set<String> regions, JsonNode node, List<String> path) {
    if (!node.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      if (e.getKey().equals("cost")) {
        costs(into, source, regions, path, e.getValue(), new ArrayList<>());
      } else if (!path.isEmpty() || List.of("compute", "storage", "monitoring").contains(e.getKey())) {
        walk(into, source, regions, e.getValue(), p);
      }
    }
  }

  private static void costs(CatalogBuilder into, int source, Set<String> regions, List<String> product, JsonNode node,
      List<String> below) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isObject()) {
        List<String> b = new ArrayList<>(below);
        b.add(e.getKey());
        costs(into, source, regions, product, e.getValue(), b);
      } else if (e.getValue().isNumber() || e.getValue().isTextual()) {
        price(into, source, regions, product, below, e.getKey(), node, e.getValue().asText());
      }
    }
  }

  private static void price(CatalogBuilder into, int source, Set<String> regions, List<String> product,
      List<String> below, String kind, JsonNode siblings, String value) {
    boolean instance = product.size() == 3 && product.get(1).equals("instance");
    if (kind.equals("month_spot") || (kind.equals("month") && siblings.has("hour") && !instance)) {
      return;
    }
    String region = below.stream().filter(regions::contains).findFirst().orElse("global");
    List<String> rest = below.stream().filter(b -> !regions.contains(b)).toList();
    String service = product.get(0).equals("compute") ? "Compute Engine"
        : product.get(0).equals("storage") ? "Cloud Storage" : "Cloud Monitoring";
    CatalogPrice.Builder b;
    if (instance) {
      b = CatalogPrice.builder("gcp", service, "Compute Instance", region).attr("machineType", product.get(2));
    } else if (product.size() == 3 && product.get(1).equals("license")) {
      b = CatalogPrice.builder("gcp", service, "License", region).attr("machineType", product.get(2));
    } else if (product.size() == 3 && product.get(1).equals("storage")) {
      b = CatalogPrice.builder("gcp", service, "Storage", region).attr("diskType", product.get(2));
    } else if (product.size() == 3 && product.get(1).equals("bucket")) {
      b = CatalogPrice.builder("gcp", service, "Storage", region).attr("storageClass", product.get(2));
    } else {
      b = CatalogPrice.builder("gcp", service, capitalised(product.get(1)), region)
          .attr("resource", String.join(".", product.subList(1, product.size())));
    }
    if (!rest.isEmpty()) {
      if (product.size() == 3 && product.get(1).equals("license")) {
        b.attr("os", rest.get(0));
      } else {
        String tier = String.join(".", rest);
        b.attr("tier", tier);
        volumeTier(tier).ifPresent(t -> b.tier(t[0], t[1]));
      }
    }
    switch (kind) {
      case "hour":
        b.purchaseOption("on_demand").unit("Hrs");
        break;
      case "hour_spot":
        b.purchaseOption("preemptible").unit("Hrs");
        break;
      case "month_1y":
        b.purchaseOption("committed_use").term("1yr", "", "").unit("Mo");
        break;
      case "month_3y":
        b.purchaseOption("committed_use").term("3yr", "", "").unit("Mo");
        break;
      case "month":
        b.purchaseOption(instance ? "sustained_use" : "on_demand")
            .unit(product.get(1).equals("storage") || product.get(1).equals("bucket") ? "GB-Mo" : "Mo");
        break;
      default:
        b.purchaseOption("on_demand").unit(kind);
    }
    List<String> key = new ArrayList<>(product);
    key.add("cost");
    key.addAll(below);
    key.add(kind);
    into.add(b.usd(new BigDecimal(value)).source(source, String.join(".", key)).build());
  }

  /**
   * Volume tiers ({@code 0-100000}, {@code 100000-250000}, {@code 250000n}: Monitoring MiB, egress
   * TiB) are separate prices of one product, told apart by their start, as every tiered rate in the
   * catalog is; as a mere attribute they would be taken for one price point and all but one dropped.
   */
  static Optional<String[]> volumeTier(String tier) {
    Matcher m = VOLUME_TIER.matcher(tier);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)});
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
