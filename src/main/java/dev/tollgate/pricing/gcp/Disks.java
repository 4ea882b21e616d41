package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Persistent disk and local SSD storage, per GB-month, as Infracost names it ({@code SSD provisioned
 * storage (pd-ssd)}). The catalog's disk types are cyclenerd's: {@code hdd} is pd-standard, {@code
 * ssd} pd-ssd, {@code -replicated} the regional variants, {@code local} local SSD.
 */
final class Disks {

  static final String DEFAULT_TYPE = "pd-standard";
  /** A local SSD partition is 375 GB unless the block says otherwise. */
  static final BigDecimal LOCAL_SSD_GB = BigDecimal.valueOf(375);

  private record Kind(String catalogType, String label, BigDecimal defaultGb) {}

  private static final Map<String, Kind> KINDS = Map.of(
      "pd-standard", new Kind("hdd", "Standard", BigDecimal.valueOf(500)),
      "pd-balanced", new Kind("balanced", "Balanced", BigDecimal.valueOf(100)),
      "pd-ssd", new Kind("ssd", "SSD", BigDecimal.valueOf(100)),
      "pd-extreme", new Kind("extreme", "Extreme", BigDecimal.valueOf(1000)),
      "hyperdisk-extreme", new Kind("hyperdisk-extreme", "Hyperdisk", BigDecimal.valueOf(1000)));

  private Disks() {}

  /** What GCP makes when a blank disk's size is not given: 500 GB pd-standard, 100 GB SSD, 1,000 GB extreme. */
  static BigDecimal defaultSize(String type) {
    Kind k = KINDS.get(type);
    return k == null ? BigDecimal.valueOf(500) : k.defaultGb();
  }

  /** Storage of one disk type; {@code regional} for a disk replicated across two zones. */
  static CostComponent storage(String region, String type, boolean regional, BigDecimal gb, Prices prices) {
    Kind k = KINDS.get(type);
    if (k == null) {
      return CostComponent.fixed("Provisioned storage (" + type + ")", "GB", gb, UnitPrice.missing(
          "the catalog has no " + type + " prices (" + Gce.SOURCE + " lists pd-standard, pd-balanced, pd-ssd, pd-extreme and hyperdisk-extreme)"));
    }
    if (regional && !(type.equals("pd-standard") || type.equals("pd-balanced") || type.equals("pd-ssd"))) {
      return CostComponent.fixed(k.label() + " provisioned storage (" + type + ", regional)", "GB", gb, UnitPrice.missing(
          "regional " + type + " disks do not exist; regional disks are pd-standard, pd-balanced or pd-ssd"));
    }
    String catalogType = regional ? k.catalogType() + "-replicated" : k.catalogType();
    return CostComponent.fixed(k.label() + " provisioned storage (" + type + (regional ? ", regional" : "") + ")", "GB", gb,
        prices.unit(Gce.query("Storage", region).attr("diskType", catalogType).price(PriceFilter.ON_DEMAND.withUnit("GB-Mo")).build()));
  }

  /** Extreme disks bill provisioned IOPS too; the catalog has no IOPS rates, so the line says so. */
  static Optional<CostComponent> iops(String type, Optional<BigDecimal> provisioned) {
    if (!(type.equals("pd-extreme") || type.equals("hyperdisk-extreme")) || provisioned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(CostComponent.fixed("Provisioned IOPS", "IOPS", provisioned.get(),
        UnitPrice.missing("the catalog has no provisioned IOPS prices for " + type + " (" + Gce.SOURCE + " has capacity only)")));
  }

  /** Local SSD partitions; Spot and preemptible VMs' local SSDs have their own rate, which the catalog lacks. */
  static CostComponent localSsd(String region, Gce.Purchase purchase, BigDecimal gb, Prices prices) {
    UnitPrice price = purchase.discounted()
        ? UnitPrice.missing("the catalog has no local SSD rate for Spot or preemptible VMs (" + Gce.SOURCE + " has the on-demand rate only)")
        : prices.unit(Gce.query("Storage", region).attr("diskType", "local").price(PriceFilter.ON_DEMAND.withUnit("GB-Mo")).build());
    return CostComponent.fixed("Local SSD provisioned storage", "GB", gb, price);
  }
}
