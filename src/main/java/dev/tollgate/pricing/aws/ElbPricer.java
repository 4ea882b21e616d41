package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_elb}: a classic load balancer's hours and the data it processes (usage). */
public final class ElbPricer implements Pricer {

  static final UsageKey DATA_GB = UsageKey.number("monthly_data_processed_gb", "GB a month the load balancer processes.");

  @Override
  public String resourceType() {
    return "aws_elb";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DATA_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    return new Outcome.Priced(List.of(
        CostComponent.fixed("Classic load balancer", "hours", Aws.HOURS, prices.unit(Aws.query("AWSELB", "Load Balancer", region)
            .attr("locationType", "AWS Region").attr("usagetype", "LoadBalancerUsage").build())),
        CostComponent.usage("Data processed", "GB", usage.number(DATA_GB.key()), prices.unit(
            Aws.query("AWSELB", "Load Balancer", region).attr("locationType", "AWS Region")
                .attr("usagetype", "DataProcessing-Bytes").build()))),
        List.of(), List.of());
  }
}
