package dev.tollgate.pricing.azure;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Snapshot storage, per GB-month: Azure bills managed disk snapshots and custom images under the
 * Standard HDD product's {@code LRS Snapshots} meter, whatever kind of disk they copy. The catalog
 * has that meter for andy-diericks' five EU regions only.
 */
final class Snapshots {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB the snapshot or image stores.");

  private Snapshots() {}

  static Outcome priced(String region, Optional<BigDecimal> gb, List<String> assumptions, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.usage("Storage", "GB", gb, VmHours.euOnly(prices.unit(
        PriceQuery.of("azure", "Storage", "Storage", region).attr("productName", "Standard HDD Managed Disks")
            .attr("skuName", "Snapshots LRS").attrRegex("meterName", "/LRS Snapshots$/")
            .price(PriceFilter.purchase("Consumption")).build()), "snapshot", region, prices))), List.of(), assumptions);
  }
}
