package dev.tollgate.pricing;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import java.util.List;

/**
 * Prices one Terraform resource type from a {@link Resource}, its usage and a price source. A pricer
 * never sees JSON or HCL, never mutates its input, and says what it assumed.
 */
public interface Pricer {

  /** The Terraform type this pricer handles, {@code aws_instance}. */
  String resourceType();

  /** The usage-file keys this pricer reads, declared once. */
  default List<UsageKey> usageKeys() {
    return List.of();
  }

  Outcome price(Resource resource, Usage usage, Prices prices);

  /**
   * Prices a resource that depends on others of the same input (an instance group manager on its
   * instance template). The engine calls this one; a pricer that needs no other resource need not
   * override it.
   */
  default Outcome price(Resource resource, Usage usage, Prices prices, RelatedResources related) {
    return price(resource, usage, prices);
  }
}
