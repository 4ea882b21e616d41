package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code google_compute_disk}: zonal persistent disk storage per GB-month, and extreme disks' provisioned IOPS. */
public final class ComputeDiskPricer implements RelatedPricer {

  @Override
  public String resourceType() {
    return "google_compute_disk";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    return priced(r, false, prices, related);
  }

  static Outcome priced(Resource r, boolean regional, Prices prices, RelatedResources related) {
    List<String> assumptions = new ArrayList<>();
    String type = DiskSizes.type(r.attributes(), assumptions);
    BigDecimal gb = DiskSizes.size(r, type, related, assumptions);
    List<CostComponent> out = new ArrayList<>();
    out.add(Disks.storage(r.region().code(), type, regional, gb, prices));
    Disks.iops(type, r.attributes().number("provisioned_iops")).ifPresent(out::add);
    return new Outcome.Priced(out, List.of(), assumptions);
  }
}
