package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code google_compute_snapshot}: snapshot storage per GB-month. A snapshot stores the blocks its
 * disk uses, which the plan does not say: the usage file's {@code storage_gb}, else the source
 * disk's full size (an upper bound for the first snapshot), else it depends on usage.
 */
public final class ComputeSnapshotPricer implements RelatedPricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB the snapshot stores.");

  @Override
  public String resourceType() {
    return "google_compute_snapshot";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    List<String> assumptions = new ArrayList<>();
    Optional<BigDecimal> gb = usage.number(STORAGE_GB.key());
    if (gb.isEmpty()) {
      gb = DiskSizes.sourceDiskSize(r, related);
      gb.ifPresent(size -> assumptions.add("stored size assumed the source disk's full " + size.toPlainString()
          + " GB (a snapshot stores the blocks in use; set storage_gb in a usage file)"));
    }
    return new Outcome.Priced(List.of(CostComponent.usage("Storage", "GB", gb,
        prices.unit(Gce.query("Storage", r.region().code()).attr("diskType", "snapshot")
            .price(PriceFilter.ON_DEMAND.withUnit("GB-Mo")).build()))), List.of(), assumptions);
  }
}
