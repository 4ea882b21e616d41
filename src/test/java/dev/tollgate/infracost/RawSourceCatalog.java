package dev.tollgate.infracost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSource;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.support.Shared;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A small catalog for the endpoint's GCP and Azure examples, in the vocabulary the catalog's importers
 * use, with every price read exactly (never through a double) from the raw public source files, plus
 * neighbours (other regions and sizes) that a wrong filter would pick instead.
 */
final class RawSourceCatalog {

  static final String GCP_FILE = "cyclenerd-google-cloud-pricing/pricing.yml";
  static final String AZURE_FILE = "flexera-policy-templates/azure/azure_md_pricing.json";

  private RawSourceCatalog() {}

  /** {@code compute.instance.<type>.cost.<region>.hour} from cyclenerd's pricing.yml. */
  static BigDecimal gcpHour(JsonNode pricing, String machineType, String region) {
    return number(pricing.path("compute").path("instance").path(machineType).path("cost").path(region).path("hour"), machineType + " " + region);
  }

  /** {@code <region>.<sku>.pricePerUnit} from Flexera's Azure managed disk prices. */
  static BigDecimal azureDisk(JsonNode disks, String region, String sku) {
    return number(disks.path(region).path(sku).path("pricePerUnit"), region + " " + sku);
  }

  private static BigDecimal number(JsonNode n, String what) {
    if (!n.isNumber()) {
      throw new AssertionError("no price for " + what + " in the raw source");
    }
    return n.decimalValue();
  }

  static JsonNode gcpPricing() throws Exception {
    LoaderOptions large = new LoaderOptions();
    large.setCodePointLimit(16 << 20); // the file is 3.9 MB; SnakeYAML stops at 3 MB by default
    return new ObjectMapper(YAMLFactory.builder().loaderOptions(large).build()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(Shared.path("pricing-sources/" + GCP_FILE).toFile());
  }

  static JsonNode azureDisks() throws Exception {
    return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(Shared.path("pricing-sources/" + AZURE_FILE).toFile());
  }

  static PriceCatalog build(JsonNode gcp, JsonNode azure) throws Exception {
    List<CatalogPrice> prices = new ArrayList<>();
    for (String type : List.of("n1-standard-64", "n1-standard-32")) {
      for (String region : List.of("europe-west1", "europe-west2")) {
        prices.add(CatalogPrice.builder("gcp", "Compute Engine", "Compute Instance", region)
            .attr("machineType", type).purchaseOption("on_demand").unit("Hours").usd(gcpHour(gcp, type, region))
            .source(0, "compute.instance." + type + ".cost." + region + ".hour").build());
      }
    }
    for (String sku : List.of("P60_LRS", "P50_LRS")) {
      for (String region : List.of("brazilsoutheast", "brazilsouth")) {
        String name = sku.replace('_', ' ');
        prices.add(CatalogPrice.builder("azure", "Storage", "Storage", region)
            .attr("productName", "Premium SSD Managed Disks").attr("skuName", name).attr("meterName", name.split(" ")[0] + " Disks")
            .purchaseOption("Consumption").unit("1/Month").usd(azureDisk(azure, region, sku))
            .source(1, region + "." + sku).build());
      }
    }
    List<CatalogSource> sources = List.of(
        new CatalogSource(GCP_FILE, "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator", "2026-07-30"),
        new CatalogSource(AZURE_FILE, "https://github.com/flexera-public/policy_templates", "2026-08-20"));
    return new PriceCatalog(CatalogFile.write("test catalog from raw sources", sources, prices, List.of()));
  }
}
