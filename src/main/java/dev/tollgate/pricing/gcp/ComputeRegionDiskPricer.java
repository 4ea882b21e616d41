package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;

/** {@code google_compute_region_disk}: a disk replicated across two zones, at the catalog's regional ({@code -replicated}) rates. */
public final class ComputeRegionDiskPricer implements RelatedPricer {

  @Override
  public String resourceType() {
    return "google_compute_region_disk";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    return ComputeDiskPricer.priced(r, true, prices, related);
  }
}
