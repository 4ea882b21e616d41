package dev.tollgate.pricing;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import java.util.List;
import java.util.Objects;

/**
 * A Terraform type priced exactly as another: {@code aws_alb} is {@code aws_lb} under an older name,
 * a regional instance group manager a zonal one spread over zones. One registry line instead of a
 * copy of the other pricer.
 *
 * @param resourceType the type this entry prices
 * @param as the pricer of the type it is priced as
 */
public record SameAs(String resourceType, Pricer as) implements RelatedPricer {

  public SameAs {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(as, "as");
  }

  @Override
  public List<UsageKey> usageKeys() {
    return as.usageKeys();
  }

  @Override
  public Outcome price(Resource resource, Usage usage, Prices prices, RelatedResources related) {
    return as.price(resource, usage, prices, related);
  }
}
