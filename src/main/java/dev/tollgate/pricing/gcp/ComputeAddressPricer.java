package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code google_compute_address}: a regional static IP address, and (registered with {@code SameAs}) {@code google_compute_global_address}, priced at the rates of the region its provider names; see {@link IpAddresses}. */
public final class ComputeAddressPricer implements RelatedPricer {

  @Override
  public String resourceType() {
    return "google_compute_address";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(IpAddresses.ADDRESS_TYPE);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    return IpAddresses.price(r, usage, prices, related);
  }
}
