package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;

/** {@code aws_networkfirewall_firewall}: an endpoint per subnet mapping, every hour, and the data it processes (usage). */
public final class NetworkfirewallFirewallPricer implements Pricer {

  static final UsageKey DATA_GB = UsageKey.number("monthly_data_processed_gb", "GB a month the firewall processes.");

  @Override
  public String resourceType() {
    return "aws_networkfirewall_firewall";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DATA_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    BigDecimal endpoints = BigDecimal.valueOf(Math.max(1, a.blocks("subnet_mapping").size()));
    return new Outcome.Priced(List.of(
        CostComponent.fixed("Network Firewall endpoint", "hours", Aws.HOURS.multiply(endpoints), prices.unit(
            Aws.query("AWSNetworkFirewall", "AWS Firewall", region).attr("usagetype", "Endpoint-Hour").build())),
        CostComponent.usage("Data processed", "GB", usage.number(DATA_GB.key()), prices.unit(
            Aws.query("AWSNetworkFirewall", "AWS Firewall", region).attr("usagetype", "Traffic-GB-Processed").build()))),
        List.of(), List.of());
  }
}
