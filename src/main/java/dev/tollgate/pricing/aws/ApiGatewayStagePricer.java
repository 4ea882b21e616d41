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

/** {@code aws_api_gateway_stage}: the stage's cache, by its memory size, every hour it is enabled; a stage without one is free. */
public final class ApiGatewayStagePricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_api_gateway_stage";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    if (!a.bool("cache_cluster_enabled").orElse(false)) {
      return new Outcome.Free("a stage without a cache costs nothing by itself");
    }
    String size = a.string("cache_cluster_size").map(s -> new BigDecimal(s).stripTrailingZeros().toPlainString()).orElse("0.5");
    return new Outcome.Priced(List.of(CostComponent.fixed("Cache memory (" + size + " GB)", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonApiGateway", "Amazon API Gateway Cache", r.region().code()).attr("cacheMemorySizeGb", size).build()))),
        List.of(), List.of());
  }
}
