package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code google_compute_global_address}: a global static IP address (priced at the rates of the region its provider names); see {@link IpAddresses}. */
public final class ComputeGlobalAddressPricer implements Pricer {

  @Override
  public String resourceType() {
    return "google_compute_global_address";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(IpAddresses.ADDRESS_TYPE);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return price(r, usage, prices, RelatedResources.NONE);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    return IpAddresses.price(r, usage, prices, related);
  }
}
