package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.List;

/** {@code aws_cloudwatch_dashboard}: a dashboard per month (a global rate; an account's first three are free). */
public final class CloudwatchDashboardPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_cloudwatch_dashboard";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("Dashboard", "months", BigDecimal.ONE, prices.unit(
        Aws.query("AmazonCloudWatch", "Dashboard", "global").attr("usagetype", "DashboardsUsageHour-Basic").build()))),
        List.of(), List.of());
  }
}
