package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_cloudhsm_v2_hsm}: the HSM's hours (730, or the {@code monthly_hrs} usage). */
public final class CloudhsmV2HsmPricer implements Pricer {

  static final UsageKey HOURS = UsageKey.number("monthly_hrs", "730", "Hours a month the HSM runs.");

  @Override
  public String resourceType() {
    return "aws_cloudhsm_v2_hsm";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("HSM usage", "hours", usage.number(HOURS.key()).orElse(Aws.HOURS),
        prices.unit(Aws.query("CloudHSM", "Hardware Security Module", r.region().code()).attr("usagetype", "CloudHSMv2Usage").build()))),
        List.of(), List.of());
  }
}
