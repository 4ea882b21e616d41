package dev.tollgate.pricing;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;

/**
 * A pricer whose price depends on other resources of the same input (an autoscaling group on its
 * launch template, an instance group manager on its instance template). It implements only the
 * four-argument {@code price}; priced alone, it sees no related resources.
 */
public interface RelatedPricer extends Pricer {

  @Override
  default Outcome price(Resource resource, Usage usage, Prices prices) {
    return price(resource, usage, prices, RelatedResources.NONE);
  }

  @Override
  Outcome price(Resource resource, Usage usage, Prices prices, RelatedResources related);
}
