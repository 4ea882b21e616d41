package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code google_compute_instance_group_manager}: a zonal managed instance group; see {@link InstanceGroups}. */
public final class ComputeInstanceGroupManagerPricer implements RelatedPricer {

  @Override
  public String resourceType() {
    return "google_compute_instance_group_manager";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(InstanceGroups.INSTANCES);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    return InstanceGroups.price(r, usage, prices, related);
  }
}
