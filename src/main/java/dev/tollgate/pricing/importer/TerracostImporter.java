package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * cycloid/terracost's MySQL dump of the AWS Price List for eu-west-1 (2023-02-23): EC2 for every
 * operating system, tenancy and capacity status, dedicated hosts, CPU credits, EBS-optimized and
 * other EC2 rows, ELB, RDS (Aurora, Oracle, SQL Server, ...), ElastiCache and CloudWatch. The
 * product attributes are already Price List ones; their names are turned into Infracost's
 * ({@code InstanceType} to {@code instanceType}, {@code PreInstalledSW} to {@code preInstalledSw}).
 *
 * <p>Reserved rows are not imported: terracost's unique key (product, price hash) kept one
 * reserved offer per product with no term length, purchase option or offering class, and its
 * hourly and upfront parts can come from different offers (m5.large Linux: 0.061/h plus 706
 * upfront, more than on-demand), so no reserved term can be named honestly. A price row's source
 * key is {@code pricing_product_prices:<id>}.
 */
final class TerracostImporter implements Importer {

  static final String FILE = "cycloid-terracost/2023-02-23-pricing.sql.gz";
  static final String ORIGIN = "github.com/cycloidio/terracost@c8064e86 (MySQL dump of the AWS Price List)";
  static final String KEY_PREFIX = "pricing_product_prices:";
  private static final Pattern PRODUCT = Pattern.compile(
      "INSERT INTO `pricing_products` VALUES \\((\\d+),'((?:[^'\\\\]|\\\\.)*)','((?:[^'\\\\]|\\\\.)*)','((?:[^'\\\\]|\\\\.)*)',"
          + "'((?:[^'\\\\]|\\\\.)*)','((?:[^'\\\\]|\\\\.)*)','((?:[^'\\\\]|\\\\.)*)'\\);");
  static final Pattern PRICE = Pattern.compile(
      "INSERT INTO `pricing_product_prices` VALUES \\((\\d+),(\\d+),'([^']*)','([^']*)','((?:[^'\\\\]|\\\\.)*)',([-\\d.]+),'((?:[^'\\\\]|\\\\.)*)'\\);");
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("InstanceType", "instanceType"), Map.entry("OperatingSystem", "operatingSystem"),
      Map.entry("Tenancy", "tenancy"), Map.entry("CapacityStatus", "capacitystatus"),
      Map.entry("PreInstalledSW", "preInstalledSw"), Map.entry("LicenseModel", "licenseModel"),
      Map.entry("UsageType", "usagetype"), Map.entry("DatabaseEngine", "databaseEngine"),
      Map.entry("DatabaseEdition", "databaseEdition"), Map.entry("DeploymentOption", "deploymentOption"),
      Map.entry("VolumeAPIName", "volumeApiName"), Map.entry("VolumeType", "volumeType"), Map.entry("Group", "group"),
      Map.entry("CacheEngine", "cacheEngine"), Map.entry("EBSOptimized", "ebsOptimized"));

  /** A product row: its location and the catalog coordinates it becomes. */
  private record Product(String region, String service, String family, Map<String, String> attributes) {}

  @Override
  public String folder() {
    return FILE;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    int source = into.source(FILE, ORIGIN, "2023-02-23");
    Map<String, Product> products = new HashMap<>();
    List<String> priceRows = new ArrayList<>();
    // The dump writes the price table before the product table, so prices wait for their products.
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(into.file(FILE)), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("INSERT INTO `pricing_products`")) {
          Matcher m = PRODUCT.matcher(line);
          if (!m.matches()) {
            throw new IOException(FILE + ": unreadable product row " + line.substring(0, Math.min(80, line.length())));
          }
          products.put(m.group(1), product(m));
        } else if (line.startsWith("INSERT INTO `pricing_product_prices`")) {
          priceRows.add(line);
        }
      }
    }
    for (String line : priceRows) {
      Matcher m = PRICE.matcher(line);
      if (!m.matches()) {
        throw new IOException(FILE + ": unreadable price row " + line.substring(0, Math.min(80, line.length())));
      }
      JsonNode attrs = CatalogBuilder.JSON.readTree(unescape(m.group(7)));
      if (!attrs.path("TermType").asText().equals("OnDemand")) {
        into.skipUnidentifiable();
        continue;
      }
      Product p = products.get(m.group(2));
      if (p == null) {
        throw new IOException(FILE + ": price " + m.group(1) + " names an unknown product " + m.group(2));
      }
      into.add(CatalogPrice.builder("aws", p.service(), p.family(), p.region()).attrs(p.attributes())
          .purchaseOption("on_demand").unit(unescape(m.group(5))).usd(new BigDecimal(m.group(6)))
          .tier(attrs.path("StartingRange").asText("0"), "")
          .source(source, KEY_PREFIX + m.group(1)).build());
    }
  }

  private static Product product(Matcher m) throws IOException {
    String region = unescape(m.group(4));
    JsonNode json = CatalogBuilder.JSON.readTree(unescape(m.group(7)));
    Map<String, String> attrs = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = json.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = NAMES.getOrDefault(e.getKey(), MeteredUnitMapImporter.camel(e.getKey()));
      String value = e.getValue().asText();
      attrs.put(name, name.equals("usagetype") ? UsageTypes.withoutRegion(value) : value);
    }
    String family = unescape(m.group(6));
    return new Product(region.isEmpty() ? AwsLocations.GLOBAL : region, unescape(m.group(5)),
        family.isEmpty() ? "Other" : family, attrs);
  }

  /** MySQL string escapes: {@code \"}, {@code \'}, {@code \\}, {@code \n}. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == '0' ? '\0' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
