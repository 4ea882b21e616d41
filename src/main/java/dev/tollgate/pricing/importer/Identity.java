package dev.tollgate.pricing.importer;

import dev.tollgate.pricing.catalog.CatalogPrice;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What makes two catalog prices the same price point, whichever source they came from: vendor,
 * service, region, family, the product's identifying attributes, purchase option, tier start and
 * reserved terms. Descriptive attributes (vCPU, memory, generation, location, group, location type,
 * Azure's product and sku names) do not count, so yeo's and Karpenter's m5.large rows, or Flexera's
 * and andy-diericks' P30 disk rows, are recognised as one price.
 */
final class Identity {

  /** Attributes that describe a product without telling it apart from another. */
  static final Set<String> DESCRIPTIVE = Set.of("vcpu", "memory", "instanceFamily", "storage", "networkPerformance",
      "currentGeneration", "location", "locationType", "group", "physicalProcessor", "ecu", "priceType", "tier",
      "productName", "skuName", "meterName");
  private static final List<String> EC2_INSTANCE =
      List.of("instanceType", "operatingSystem", "tenancy", "capacitystatus", "preInstalledSw", "licenseModel");

  private Identity() {}

  static String of(CatalogPrice p) {
    StringBuilder b = new StringBuilder();
    b.append(p.vendor()).append('|').append(p.service()).append('|').append(p.region()).append('|')
        .append(p.productFamily()).append('|');
    Map<String, String> a = p.attributes();
    if (p.vendor().equals("aws") && p.productFamily().equals("Compute Instance") && p.service().equals("AmazonEC2")) {
      EC2_INSTANCE.forEach(k -> b.append(k).append('=').append(a.getOrDefault(k, "")).append(';'));
    } else {
      TreeMap<String, String> keep = new TreeMap<>(a);
      keep.keySet().removeAll(DESCRIPTIVE);
      keep.forEach((k, v) -> b.append(k).append('=').append(v).append(';'));
      if (p.vendor().equals("azure")) {
        b.append(azureMeter(p));
      }
    }
    b.append('|').append(p.purchaseOption()).append('|').append(normal(p.startUsageAmount())).append('|')
        .append(p.termLength()).append('|').append(p.termPurchaseOption()).append('|').append(p.termOfferingClass());
    return b.toString();
  }

  /**
   * Azure rows tell Linux from Windows by product name and regular from Spot or Low Priority by
   * meter name, and name one disk meter {@code P30 LRS Disk} or {@code P30 Disks}; this keeps
   * those distinctions and drops the spelling.
   */
  private static String azureMeter(CatalogPrice p) {
    String product = p.attributes().getOrDefault("productName", "");
    String meter = p.attributes().getOrDefault("meterName", "");
    String sku = p.attributes().getOrDefault("skuName", "");
    String os = product.endsWith(" Windows") ? "windows" : "";
    String kind = meter.endsWith(" Spot") ? "spot" : meter.endsWith(" Low Priority") ? "lowpriority" : "";
    String normalMeter = p.service().equals("Storage")
        ? sku + "|" + meter.replaceAll(" (LRS|ZRS) ", " $1 ").replaceAll("^(\\S+) (LRS |ZRS )?", "")
            .replaceAll("Disks$", "Disk") + "|" + product
        : "";
    return os + "|" + kind + "|" + normalMeter;
  }

  private static String normal(String number) {
    try {
      return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return number;
    }
  }
}
