package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_cloudtrail}: the first copy of management events is free; additional copies, data events and
 * (with an insight selector) Insights events are billed per 100,000, from usage.
 */
public final class CloudtrailPricer implements Pricer {

  static final UsageKey MANAGEMENT = UsageKey.number("monthly_additional_management_events", "Additional copies of management events a month.");
  static final UsageKey DATA = UsageKey.number("monthly_data_events", "Data events a month.");
  static final UsageKey INSIGHTS = UsageKey.number("monthly_insight_events", "Insights events a month.");

  @Override
  public String resourceType() {
    return "aws_cloudtrail";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(MANAGEMENT, DATA, INSIGHTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    List<CostComponent> out = new ArrayList<>();
    out.add(events("Additional management events", "Management Tools - AWS CloudTrail Management Events Recorded", "PaidEventsRecorded",
        usage.number(MANAGEMENT.key()), region, prices));
    out.add(events("Data events", "Management Tools - AWS CloudTrail Data Events Recorded", "DataEventsRecorded",
        usage.number(DATA.key()), region, prices));
    if (!r.attributes().blocks("insight_selector").isEmpty()) {
      out.add(events("Insight events", "Management Tools - AWS CloudTrail Insights Events", "InsightsEvents",
          usage.number(INSIGHTS.key()), region, prices));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }

  private static CostComponent events(String name, String family, String usagetype, java.util.Optional<java.math.BigDecimal> n,
      String region, Prices prices) {
    return CostComponent.usage(name, "100k events", Aws.per(n, Aws.HUNDRED_THOUSAND), prices.scaled(
        Aws.query("AWSCloudTrail", family, region).attr("usagetype", usagetype).build(), Aws.HUNDRED_THOUSAND));
  }
}
