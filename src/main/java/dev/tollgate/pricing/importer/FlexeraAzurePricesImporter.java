package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexera's Azure price files: managed disks per region ({@code azure_md_pricing.json}), Azure SQL
 * Database and Managed Instance storage, and the SQL Server and Linux licence surcharges. Flexera's
 * disk rows have no meter name; a disk-month row gets the name the Cloud Pricing API answers for
 * it ({@code P60 Disks}, {@code P60 ZRS Disks}), which Infracost's current filter
 * {@code ^P60 (LRS )?Disk(s)?$} matches too; Ultra and Premium SSD v2 rows, which share one sku per
 * disk kind, get the Retail API's meter names ({@code Ultra LRS Provisioned IOPS}) so their capacity,
 * IOPS, throughput and vCPU reservation rates stay separate prices rather than one. Rows priced 0
 * (placeholders such as region {@code Global}) are not imported. Source keys are JSON paths ({@code brazilsoutheast.P60_LRS}).
 */
final class FlexeraAzurePricesImporter implements Importer {

  static final String FOLDER = "flexera-policy-templates/azure/";
  static final String ORIGIN = "github.com/flexera-public/policy_templates@c4528fa1 (data/azure)";
  private static final Pattern DISK = Pattern.compile("([PES]\\d+)_(LRS|ZRS)");
  /** Ultra and Premium SSD v2 rows keyed by what they meter; the Retail API names each meter after it. */
  private static final Pattern PROVISIONED = Pattern.compile("(ULTRA|PREMIUM)_(LRS|ZRS)_(.+)");
  private static final Map<String, String> PROVISIONED_METERS = Map.of(
      "PROVISIONED_CAPACITY", "Provisioned Capacity", "PROVISIONED_IOPS", "Provisioned IOPS",
      "PROVISIONED_THROUGHPUT_MBPS", "Provisioned Throughput (MBps)",
      "RESERVATION_PER_VCPU_PROVISIONED", "Reservation per vCPU Provisioned");

  @Override
  public String folder() {
    return FOLDER;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    disks(into);
    sqlStorage(into, "azure_db_storage_pricing.json", "2026-07-12", "SQL Database");
    sqlStorage(into, "azure_sqlmi_storage_pricing.json", "2026-07-12", "SQL Managed Instance");
    sqlLicences(into);
    linuxLicences(into);
  }

  private static void disks(CatalogBuilder into) throws IOException {
    String file = FOLDER + "azure_md_pricing.json";
    int source = into.source(file, ORIGIN, "2026-07-12");
    Iterator<Map.Entry<String, JsonNode>> regions = into.json(file).fields();
    while (regions.hasNext()) {
      Map.Entry<String, JsonNode> region = regions.next();
      Iterator<Map.Entry<String, JsonNode>> skus = region.getValue().fields();
      while (skus.hasNext()) {
        Map.Entry<String, JsonNode> sku = skus.next();
        JsonNode v = sku.getValue();
        BigDecimal usd = new BigDecimal(v.path("pricePerUnit").asText());
        if (usd.signum() == 0) {
          into.skipPlaceholder();
          continue;
        }
        Matcher m = DISK.matcher(sku.getKey());
        Matcher p = PROVISIONED.matcher(sku.getKey());
        String meter = m.matches() ? m.group(1) + (m.group(2).equals("LRS") ? "" : " " + m.group(2)) + " Disks"
            : p.matches() && PROVISIONED_METERS.containsKey(p.group(3))
                ? v.path("sku").asText() + " " + PROVISIONED_METERS.get(p.group(3))
                : v.path("sku").asText();
        into.add(CatalogPrice.builder("azure", "Storage", "Storage", region.getKey())
            .attr("productName", v.path("productName").asText()).attr("skuName", v.path("sku").asText())
            .attr("meterName", meter).attr("priceType", "Consumption")
            .purchaseOption("Consumption").unit(v.path("unitOfMeasure").asText()).usd(usd)
            .source(source, region.getKey() + "." + sku.getKey()).build());
      }
    }
  }

  private static void sqlStorage(CatalogBuilder into, String name, String date, String service) throws IOException {
    String file = FOLDER + name;
    int source = into.source(file, ORIGIN, date);
    Iterator<Map.Entry<String, JsonNode>> regions = into.json(file).fields();
    while (regions.hasNext()) {
      Map.Entry<String, JsonNode> region = regions.next();
      Iterator<Map.Entry<String, JsonNode>> tiers = region.getValue().fields();
      while (tiers.hasNext()) {
        Map.Entry<String, JsonNode> tier = tiers.next();
        into.add(CatalogPrice.builder("azure", service, "Storage", region.getKey())
            .attr("tier", tier.getKey()).attr("skuId", tier.getValue().path("sku").asText())
            .attr("meterName", "Data Stored").attr("priceType", "Consumption")
            .purchaseOption("Consumption").unit("1 GB/Month")
            .usd(new BigDecimal(tier.getValue().path("unitPrice").asText()))
            .source(source, region.getKey() + "." + tier.getKey()).build());
      }
    }
  }

  private static void sqlLicences(CatalogBuilder into) throws IOException {
    String file = FOLDER + "azure_sql_license_pricing.json";
    int source = into.source(file, ORIGIN, "2026-04-20");
    Iterator<Map.Entry<String, JsonNode>> editions = into.json(file).fields();
    while (editions.hasNext()) {
      Map.Entry<String, JsonNode> e = editions.next();
      into.add(CatalogPrice.builder("azure", "SQL Server Licenses", "Licenses", "global")
          .attr("edition", e.getKey()).purchaseOption("Consumption").unit("1 vCPU Hour")
          .usd(new BigDecimal(e.getValue().asText())).source(source, e.getKey()).build());
    }
  }

  private static void linuxLicences(CatalogBuilder into) throws IOException {
    String file = FOLDER + "azure_linux_license_pricing.json";
    int source = into.source(file, ORIGIN, "2026-04-17");
    Iterator<Map.Entry<String, JsonNode>> vendors = into.json(file).fields();
    while (vendors.hasNext()) {
      Map.Entry<String, JsonNode> vendor = vendors.next();
      Iterator<Map.Entry<String, JsonNode>> products = vendor.getValue().fields();
      while (products.hasNext()) {
        Map.Entry<String, JsonNode> product = products.next();
        Iterator<Map.Entry<String, JsonNode>> sizes = product.getValue().fields();
        while (sizes.hasNext()) {
          Map.Entry<String, JsonNode> size = sizes.next();
          into.add(CatalogPrice.builder("azure", "Virtual Machines Licenses", "Licenses", "global")
              .attr("licenseVendor", vendor.getKey()).attr("productName", product.getKey()).attr("vcpus", size.getKey())
              .purchaseOption("Consumption").unit("1 Hour").usd(new BigDecimal(size.getValue().asText()))
              .source(source, vendor.getKey() + "." + product.getKey() + "." + size.getKey()).build());
        }
      }
    }
  }
}
