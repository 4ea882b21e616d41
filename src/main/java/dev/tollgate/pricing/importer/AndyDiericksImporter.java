package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * andy-diericks/azure-pricing-radar's reductions of the Azure Retail Prices API for five European
 * regions (2026-07/08): VMs, Linux and Windows, with their Spot and Low Priority meters, and the
 * flat storage meters of managed disks. Products keep the Retail API's names, so Windows is the
 * product whose name ends in " Windows" and Spot the meter ending in " Spot", as Infracost queries
 * them. The ARM size name is derived from the meter name, and a meter shared by two sizes
 * ({@code D2a v4/D2as v4}) becomes one price per size. Blob, file and ADLS capacity rows are not
 * imported: the reduction kept only the last tier of tiered meters. Source key: the item's key.
 */
final class AndyDiericksImporter implements Importer {

  static final String FOLDER = "andy-diericks-azure-pricing-radar";
  static final String ORIGIN = "github.com/andy-diericks/azure-pricing-radar@cf741f25 (Azure Retail Prices API, reduced)";
  static final List<String> SCOPES = List.of("eu-west", "northeurope", "francecentral", "swedencentral", "belgium");
  static final List<String> DISK_PRODUCTS = List.of("Standard HDD Managed Disks", "Standard SSD Managed Disks",
      "Premium SSD Managed Disks", "Azure Premium SSD v2", "Ultra Disks");
  static final String SAVINGS_PLAN = "#savingsPlanPrice";
  /** The date of the last commit that changed each file (SOURCES.md). */
  private static final Map<String, String> DATES = Map.of(
      "vm-eu-west.json", "2026-08-20", "vm-northeurope.json", "2026-08-20", "vm-francecentral.json", "2026-08-20",
      "vm-swedencentral.json", "2026-08-20", "vm-belgium.json", "2026-08-20",
      "storage-eu-west.json", "2026-07-15", "storage-northeurope.json", "2026-07-25",
      "storage-francecentral.json", "2026-08-01", "storage-swedencentral.json", "2026-08-01",
      "storage-belgium.json", "2026-07-25");

  @Override
  public String folder() {
    return FOLDER;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    for (String scope : SCOPES) {
      vms(into, "vm-" + scope + ".json");
      disks(into, "storage-" + scope + ".json");
    }
  }

  /** Registers the product names of every VM file first, so Karpenter's rows can borrow them. */
  static void productNames(CatalogBuilder into) throws IOException {
    for (String scope : SCOPES) {
      for (JsonNode item : into.json(FOLDER + "/vm-" + scope + ".json")) {
        String product = item.path("productName").asText();
        if (isVm(product) && !product.endsWith(" Windows")) {
          for (String arm : armNames(item)) {
            into.azureProductName(arm, product);
          }
        }
      }
    }
  }

  private static boolean isVm(String product) {
    return !(product.endsWith("Cloud Services") || product.contains("Dedicated Host") || product.contains("DedicatedHost"));
  }

  static List<String> armNames(JsonNode item) {
    String meter = item.path("meterName").asText().replaceFirst(" (Spot|Low Priority)$", "");
    boolean basic = item.path("productName").asText().endsWith("Basic");
    return java.util.Arrays.stream(meter.split("/")).map(String::trim).map(m -> AzureNames.armName(m, basic)).toList();
  }

  private static void vms(CatalogBuilder into, String name) throws IOException {
    String file = FOLDER + "/" + name;
    int source = into.source(file, ORIGIN, DATES.get(name));
    Iterator<Map.Entry<String, JsonNode>> items = into.json(file).fields();
    while (items.hasNext()) {
      Map.Entry<String, JsonNode> e = items.next();
      JsonNode item = e.getValue();
      if (!isVm(item.path("productName").asText())) {
        continue;
      }
      for (String arm : armNames(item)) {
        into.add(base(item, "Virtual Machines", "Compute").attr("armSkuName", arm)
            .usd(new BigDecimal(item.path("retailPrice").asText())).source(source, e.getKey()).build());
        if (item.has("savingsPlanPrice")) {
          into.add(base(item, "Virtual Machines", "Compute").attr("armSkuName", arm)
              .purchaseOption("SavingsPlan").term("1yr", "", "")
              .usd(new BigDecimal(item.path("savingsPlanPrice").asText())).source(source, e.getKey() + SAVINGS_PLAN).build());
        }
      }
    }
  }

  private static void disks(CatalogBuilder into, String name) throws IOException {
    String file = FOLDER + "/" + name;
    int source = into.source(file, ORIGIN, DATES.get(name));
    Iterator<Map.Entry<String, JsonNode>> items = into.json(file).fields();
    while (items.hasNext()) {
      Map.Entry<String, JsonNode> e = items.next();
      JsonNode item = e.getValue();
      if (DISK_PRODUCTS.contains(item.path("productName").asText())) {
        into.add(base(item, "Storage", "Storage").usd(new BigDecimal(item.path("retailPrice").asText()))
            .source(source, e.getKey()).build());
      }
    }
  }

  private static CatalogPrice.Builder base(JsonNode item, String service, String family) {
    return CatalogPrice.builder("azure", service, family, item.path("armRegionName").asText())
        .attr("productName", item.path("productName").asText()).attr("skuName", item.path("skuName").asText())
        .attr("meterName", item.path("meterName").asText()).attr("priceType", "Consumption")
        .purchaseOption("Consumption").unit(item.path("unitOfMeasure").asText());
  }
}
