package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What Azure VM pricers share besides the hours: the OS and data disks (managed disks priced by
 * {@link ManagedDisks}, with Azure's image sizes where the configuration is silent) and the Ultra
 * disk reservation charged per vCPU while Ultra disks are enabled but none is attached.
 */
final class VmParts {

  static final UsageKey MONTHLY_HOURS = UsageKey.number("monthly_hrs", "730", "Hours a month each VM runs.");
  static final UsageKey OS_DISK = new UsageKey("os_disk", UsageKey.Type.BLOCK, null,
      "os_disk.monthly_disk_operations: operations a month on the OS disk (Standard HDD and SSD bill them).");
  /** Marketplace Linux images are 30 GB; Windows Server images 127 GB. */
  static final BigDecimal LINUX_IMAGE_GB = BigDecimal.valueOf(30);
  static final BigDecimal WINDOWS_IMAGE_GB = BigDecimal.valueOf(127);

  private VmParts() {}

  /**
   * A managed disk block as a sub-resource, e.g. a VM's {@code os_disk}.
   *
   * @param defaultGb the image's size, used when the block does not say; null when there is no sensible default
   * @param count how many VMs carry this disk
   */
  static SubResource disk(String name, String region, Attributes block, String typeKey, String sizeKey, BigDecimal defaultGb,
      Optional<BigDecimal> operations, BigDecimal count, Prices prices, List<String> assumptions) {
    String type = block.string(typeKey).filter(s -> !s.isBlank()).orElse(null);
    if (type == null) {
      if (block.string("vhd_uri").filter(s -> !s.isBlank()).isPresent()) {
        return SubResource.of(name, List.of(CostComponent.fixed("Storage (unmanaged)", "months", count, UnitPrice.missing(
            "an unmanaged disk is a page blob in its storage account; the catalog has no page blob prices"))));
      }
      assumptions.add(name + ": " + typeKey + " not set" + (block.isUnknown(typeKey) ? " (known after apply)" : "") + "; assumed Standard_LRS");
      type = "Standard_LRS";
    }
    BigDecimal gb = block.number(sizeKey).orElse(null);
    if (gb == null && defaultGb == null) {
      return SubResource.of(name, List.of(CostComponent.fixed("Storage (" + type + ")", "months", count, UnitPrice.missing(
          sizeKey + " is " + (block.isUnknown(sizeKey) ? "known only after apply" : "not set") + ", so the disk's tier is unknown"))));
    }
    if (gb == null) {
      assumptions.add(name + ": " + sizeKey + " not set" + (block.isUnknown(sizeKey) ? " (known after apply)" : "")
          + "; assumed " + defaultGb.toPlainString() + " GB, the image's usual size");
      gb = defaultGb;
    }
    ManagedDisks.Disk d = new ManagedDisks.Disk(type, gb, block.number("disk_iops_read_write"), block.number("disk_mbps_read_write"));
    return SubResource.of(name, ManagedDisks.components(region, d, operations, count, prices));
  }

  static Optional<BigDecimal> osDiskOperations(Usage usage) {
    return usage.block(OS_DISK.key()).number("monthly_disk_operations");
  }

  static BigDecimal hours(Usage usage) {
    return usage.number(MONTHLY_HOURS.key()).orElse(Hours.PER_MONTH);
  }

  /** Charged per vCPU of VMs that enable Ultra disks without one attached; how many is usage. */
  static CostComponent ultraReservation(String region, Prices prices) {
    return CostComponent.usage("Ultra disk reservation (if unattached)", "vCPU", Optional.empty(), prices.scaled(
        PriceQuery.of("azure", "Storage", "Storage", region).attr("productName", "Ultra Disks").attr("skuName", "Ultra LRS")
            .attrRegex("meterName", "/Reservation per vCPU Provisioned$/").price(PriceFilter.purchase("Consumption")).build(),
        Hours.PER_MONTH));
  }

  static boolean ultraEnabled(Attributes a) {
    return a.block("additional_capabilities").flatMap(c -> c.bool("ultra_ssd_enabled")).orElse(false);
  }

  /** {@code priority = "Spot"} (or the legacy scale set's {@code Low}, billed at Spot rates). */
  static boolean spot(Attributes a) {
    return a.string("priority").map(p -> p.equalsIgnoreCase("Spot") || p.equalsIgnoreCase("Low")).orElse(false);
  }

  /** {@code Windows_Server} and {@code Windows_Client} bring their own licence (Azure Hybrid Benefit). */
  static boolean hybridBenefit(Attributes a) {
    return a.string("license_type").map(l -> l.equalsIgnoreCase("Windows_Server") || l.equalsIgnoreCase("Windows_Client")).orElse(false);
  }
}
