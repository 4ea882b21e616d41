package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code aws_cloudwatch_metric_alarm}: billed per metric the alarm watches (one, or each metric of a
 * metric-math alarm; an anomaly-detection band counts three), at the high-resolution rate when its
 * period is under a minute.
 */
public final class CloudwatchMetricAlarmPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_cloudwatch_metric_alarm";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    List<Attributes> queries = a.blocks("metric_query");
    long metrics = queries.isEmpty() ? 1 : queries.stream().filter(q -> q.has("metric")).count();
    boolean anomaly = queries.stream().anyMatch(q -> q.string("expression").orElse("").contains("ANOMALY_DETECTION_BAND"));
    if (anomaly) {
      metrics = Math.max(metrics, 1) * 3;
    }
    BigDecimal period = a.number("period").or(() -> queries.stream().flatMap(q -> q.block("metric").stream())
        .flatMap(m -> m.number("period").stream()).findFirst()).orElse(BigDecimal.valueOf(60));
    boolean highResolution = period.compareTo(BigDecimal.valueOf(60)) < 0;
    return new Outcome.Priced(List.of(CostComponent.fixed(highResolution ? "High resolution" : "Standard resolution",
        "alarm metrics", BigDecimal.valueOf(metrics), prices.unit(Aws.query("AmazonCloudWatch", "Alarm", r.region().code())
            .attr("usagetype", highResolution ? "CW:HighResAlarmMonitorUsage" : "CW:AlarmMonitorUsage").build()))),
        List.of(), List.of());
  }
}
