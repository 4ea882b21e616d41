package dev.tollgate.pricing;

import dev.tollgate.model.Outcome;
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
   * Prices a resource whose cost depends on another resource of the same change (an autoscaling
   * group's launch template). Pricers that need none keep this default.
   */
  default Outcome price(Resource resource, Usage usage, Prices prices, Related related) {
    return price(resource, usage, prices);
  }
}
