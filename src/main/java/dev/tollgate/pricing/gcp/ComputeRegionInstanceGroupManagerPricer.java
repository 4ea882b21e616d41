package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code google_compute_region_instance_group_manager}: a regional managed instance group, its instances spread across the region's zones; see {@link InstanceGroups}. */
public final class ComputeRegionInstanceGroupManagerPricer implements Pricer {

  @Override
  public String resourceType() {
    return "google_compute_region_instance_group_manager";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(InstanceGroups.INSTANCES);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return price(r, usage, prices, RelatedResources.NONE);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    return InstanceGroups.price(r, usage, prices, related);
  }
}
