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
import java.util.Locale;

/**
 * {@code aws_ssm_parameter}: Standard parameters at standard throughput are free; Advanced parameters
 * are stored by the hour, and API interactions at advanced or higher throughput are billed (usage).
 */
public final class SsmParameterPricer implements Pricer {

  static final UsageKey THROUGHPUT = UsageKey.string("api_throughput_limit", "standard (default), advanced or higher.");
  static final UsageKey INTERACTIONS = UsageKey.number("monthly_api_interactions", "API interactions a month.");
  static final UsageKey STORAGE_HRS = UsageKey.number("parameter_storage_hrs", "730", "Hours a month the parameter is stored.");

  @Override
  public String resourceType() {
    return "aws_ssm_parameter";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(THROUGHPUT, INTERACTIONS, STORAGE_HRS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    boolean advanced = r.attributes().string("tier").filter(t -> t.equalsIgnoreCase("Advanced")).isPresent();
    String throughput = usage.string(THROUGHPUT.key()).orElse("standard").toLowerCase(Locale.ROOT);
    if (!advanced && throughput.equals("standard")) {
      return new Outcome.Free("standard parameters at standard throughput are not charged");
    }
    List<CostComponent> out = new ArrayList<>();
    if (advanced) {
      out.add(CostComponent.fixed("Parameter storage (advanced)", "hours", usage.number(STORAGE_HRS.key()).orElse(Aws.HOURS),
          prices.unit(Aws.query("AWSSystemsManager", "Parameter Store", region).attr("usagetype", "PS-Advanced-Param-Tier1").build())));
    }
    if (!throughput.equals("standard")) {
      out.add(CostComponent.usage("API interactions (" + throughput + ")", "10k interactions",
          Aws.per(usage.number(INTERACTIONS.key()), Aws.TEN_THOUSAND), prices.scaled(
              Aws.query("AWSSystemsManager", "API Request", region)
                  .attr("usagetype", throughput.equals("higher") ? "PS-Param-Higher-Throughput" : "PS-Advanced-Param-Throughput")
                  .build(), Aws.TEN_THOUSAND)));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }

}
