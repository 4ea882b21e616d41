package dev.tollgate.pricing.azure;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Azure managed disks, as Infracost prices them: Standard HDD, Standard SSD and Premium SSD disks
 * are billed per disk-month by the tier their size falls in ({@code Storage (P10, LRS)}), the two
 * Standard kinds also per 10,000 operations (usage); Ultra and Premium SSD v2 disks per provisioned
 * GiB, IOPS and MBps by the hour. Used for {@code azurerm_managed_disk} and every VM's disks.
 */
final class ManagedDisks {

  /** One disk: {@code Premium_LRS}, its size, and the IOPS and throughput Ultra and v2 disks provision. */
  record Disk(String accountType, BigDecimal sizeGb, Optional<BigDecimal> iops, Optional<BigDecimal> mbps) {}

  private record Tier(String name, int gb) {}

  private static final Map<String, String> PRODUCTS = Map.of("Standard", "Standard HDD Managed Disks",
      "StandardSSD", "Standard SSD Managed Disks", "Premium", "Premium SSD Managed Disks");
  private static final int[] SIZES = {4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32767};
  private static final String[] NUMBERS = {"1", "2", "3", "4", "6", "10", "15", "20", "30", "40", "50", "60", "70", "80"};
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal V2_FREE_IOPS = BigDecimal.valueOf(3000);
  private static final BigDecimal V2_FREE_MBPS = BigDecimal.valueOf(125);

  private ManagedDisks() {}

  /** The tier a disk of {@code gb} falls in: the smallest whose size holds it. Standard HDD starts at S4. */
  static Optional<String> tier(String kind, BigDecimal gb) {
    String letter = kind.equals("Standard") ? "S" : kind.equals("StandardSSD") ? "E" : "P";
    for (int i = kind.equals("Standard") ? 3 : 0; i < SIZES.length; i++) {
      if (gb.compareTo(BigDecimal.valueOf(SIZES[i])) <= 0) {
        return Optional.of(letter + NUMBERS[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * @param operations disk operations a month, per disk, when the usage file gives them
   * @param count how many such disks (a scale set's instances)
   */
  static List<CostComponent> components(String region, Disk d, Optional<BigDecimal> operations, BigDecimal count, Prices prices) {
    String[] parts = d.accountType().split("_");
    String kind = parts[0];
    String redundancy = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "";
    List<CostComponent> out = new ArrayList<>();
    if (!(redundancy.equals("LRS") || redundancy.equals("ZRS"))) {
      out.add(CostComponent.fixed("Storage (" + d.accountType() + ")", "months", count,
          UnitPrice.missing("unknown storage account type " + d.accountType())));
      return out;
    }
    if (kind.equalsIgnoreCase("UltraSSD")) {
      d = new Disk(d.accountType(), ultraSize(d.sizeGb()), d.iops(), d.mbps());
      return provisioned(region, "Ultra Disks", "Ultra " + redundancy, d, d.iops().orElse(BigDecimal.valueOf(2048)),
          d.mbps().orElse(BigDecimal.valueOf(8)), count, prices);
    }
    if (kind.equalsIgnoreCase("PremiumV2")) {
      return provisioned(region, "Azure Premium SSD v2", "Premium " + redundancy, d,
          d.iops().orElse(V2_FREE_IOPS).subtract(V2_FREE_IOPS).max(BigDecimal.ZERO),
          d.mbps().orElse(V2_FREE_MBPS).subtract(V2_FREE_MBPS).max(BigDecimal.ZERO), count, prices);
    }
    String product = PRODUCTS.get(kind);
    Optional<String> tier = product == null ? Optional.empty() : tier(kind, d.sizeGb());
    if (tier.isEmpty()) {
      out.add(CostComponent.fixed("Storage (" + d.accountType() + ", " + d.sizeGb().toPlainString() + " GB)", "months", count,
          UnitPrice.missing(product == null ? "unknown storage account type " + d.accountType()
              : d.sizeGb().toPlainString() + " GB is larger than the largest " + product + " tier")));
      return out;
    }
    String sku = tier.get() + " " + redundancy;
    out.add(CostComponent.fixed("Storage (" + tier.get() + ", " + redundancy + ")", "months", count, prices.unit(
        storage(region, product, sku).attrRegex("meterName", "/^" + tier.get() + " (" + redundancy + " )?Disk(s)?$/").build())));
    if (!kind.equals("Premium")) {
      out.add(CostComponent.usage("Disk operations", "10k operations",
          operations.map(n -> n.multiply(count).divide(TEN_THOUSAND)),
          VmHours.euOnly(prices.unit(storage(region, product, sku).attrRegex("meterName", "/Disk Operations$/").build()),
              "disk operation", region, prices)));
    }
    return out;
  }

  /** Ultra disks are billed at a provisioned size: 4 to 512 GiB in powers of two, then whole TiB. */
  static BigDecimal ultraSize(BigDecimal gb) {
    for (int size = 4; size <= 512; size *= 2) {
      if (gb.compareTo(BigDecimal.valueOf(size)) <= 0) {
        return BigDecimal.valueOf(size);
      }
    }
    BigDecimal tib = BigDecimal.valueOf(1024);
    return gb.divide(tib, 0, java.math.RoundingMode.CEILING).multiply(tib);
  }

  /** Ultra and Premium SSD v2: provisioned GiB, IOPS and MBps, each priced by the hour. */
  private static List<CostComponent> provisioned(String region, String product, String sku, Disk d, BigDecimal iops,
      BigDecimal mbps, BigDecimal count, Prices prices) {
    boolean ultra = product.equals("Ultra Disks");
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed(ultra ? "Storage (ultra, " + d.sizeGb().toPlainString() + " GiB)" : "Storage (provisioned)",
        "GiB", d.sizeGb().multiply(count), hourly(region, product, sku, "/Provisioned Capacity$/", prices)));
    if (iops.signum() > 0) {
      out.add(CostComponent.fixed("Provisioned IOPS", "IOPS", iops.multiply(count),
          hourly(region, product, sku, "/Provisioned IOPS$/", prices)));
    }
    if (mbps.signum() > 0) {
      out.add(CostComponent.fixed(ultra ? "Throughput" : "Provisioned throughput", "MBps", mbps.multiply(count),
          hourly(region, product, sku, "/Provisioned Throughput \\(MBps\\)$/", prices)));
    }
    return out;
  }

  /** A per-hour rate shown per month (730 hours). */
  private static UnitPrice hourly(String region, String product, String sku, String meter, Prices prices) {
    return prices.scaled(storage(region, product, sku).attrRegex("meterName", meter).build(), Hours.PER_MONTH);
  }

  private static PriceQuery.Builder storage(String region, String product, String sku) {
    return PriceQuery.of("azure", "Storage", "Storage", region).attr("productName", product).attr("skuName", sku)
        .price(PriceFilter.purchase("Consumption"));
  }
}
