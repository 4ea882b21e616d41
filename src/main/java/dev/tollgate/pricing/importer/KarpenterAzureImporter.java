package dev.tollgate.pricing.importer;

import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Karpenter's generated Azure VM prices (Linux, pay-as-you-go, 57 regions, generated 2026-06-18).
 * The generator keeps the last of several meters per size, so a few rows carry another meter's
 * price (eastus Standard_D2as_v5 = 0.178 while D4as_v5 = 0.172). Within a series price grows with
 * the size number, so a row that costs more than a larger size of its series in the same region is
 * withheld (never imported) and listed: a missing price is shown as missing, a wrong one would be
 * silently wrong. Sku and meter names are derived from the
 * ARM name ({@code Standard_D2s_v5} to {@code D2s v5}); the product name is taken from the Retail
 * API rows of andy-diericks for the same size where there are any. Source key: the CSV line number.
 */
final class KarpenterAzureImporter implements Importer {

  static final String FILE = "karpenter-provider-azure/zz_generated.pricing.csv";
  static final String ORIGIN = "github.com/Azure/karpenter-provider-azure@2b431da1 (zz_generated.pricing.go, extracted)";

  /** One CSV row. */
  record Row(int line, String region, String armSkuName, BigDecimal usd) {}

  @Override
  public String folder() {
    return FILE;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    int source = into.source(FILE, ORIGIN, "2026-06-18");
    List<String> lines = Files.readAllLines(into.file(FILE));
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      if (f.length != 3) {
        throw new IOException(FILE + ":" + (i + 1) + ": expected arm_region,arm_sku_name,usd_per_hour_on_demand_non_windows");
      }
      rows.add(new Row(i + 1, f[0], f[1], new BigDecimal(f[2])));
    }
    for (Row r : rows) {
      if (lastMeterWon(r, rows)) {
        into.withhold(FILE + ":" + r.line() + " " + r.region() + " " + r.armSkuName() + " " + r.usd()
            + " (out of line with its series: the generator kept another meter's price)");
        continue;
      }
      boolean basic = r.armSkuName().startsWith("Basic_");
      String shortName = AzureNames.shortName(r.armSkuName());
      into.add(CatalogPrice.builder("azure", "Virtual Machines", "Compute", r.region())
          .attr("armSkuName", r.armSkuName()).attr("skuName", shortName).attr("meterName", shortName)
          .attr("productName", into.azureProductName(r.armSkuName()).orElse(null))
          .attr("priceType", "Consumption").attr("tier", basic ? "Basic" : "Standard")
          .purchaseOption("Consumption").unit("1 Hour").usd(r.usd())
          .source(source, "line " + r.line()).build());
    }
  }

  private Map<String, List<Row>> bySeries;

  /**
   * True when a larger size of the same series in the same region costs less in total: a price
   * that does not grow with the size is another meter's.
   */
  boolean lastMeterWon(Row r, List<Row> rows) {
    if (bySeries == null) {
      bySeries = new HashMap<>();
      for (Row x : rows) {
        AzureNames.Series s = AzureNames.series(x.armSkuName());
        if (s != null) {
          bySeries.computeIfAbsent(x.region() + "|" + s.name(), k -> new ArrayList<>()).add(x);
        }
      }
    }
    AzureNames.Series s = AzureNames.series(r.armSkuName());
    if (s == null) {
      return false;
    }
    for (Row other : bySeries.getOrDefault(r.region() + "|" + s.name(), List.of())) {
      AzureNames.Series o = AzureNames.series(other.armSkuName());
      if (o.size() > s.size() && other.usd().compareTo(r.usd()) < 0) {
        return true;
      }
    }
    return false;
  }
}
