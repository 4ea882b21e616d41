package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.List;

/** {@code aws_cloudwatch_composite_alarm}: a composite alarm per month. */
public final class CloudwatchCompositeAlarmPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_cloudwatch_composite_alarm";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("Composite alarm", "alarms", BigDecimal.ONE, prices.unit(
        Aws.query("AmazonCloudWatch", "Alarm", r.region().code()).attr("usagetype", "CW:CompositeAlarmMonitorUsage").build()))),
        List.of(), List.of());
  }
}
