package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * WAF web ACLs: the ACL per month, each rule in it per month (a rule group counts as one; usage adds
 * rules the configuration does not show), and requests (usage). {@code v2} picks WAFv2's rates.
 */
final class Waf {

  static final UsageKey RULE_GROUP_RULES = UsageKey.number("rule_group_rules", "Rules in rule groups the ACL uses, beyond its own rule blocks.");
  static final UsageKey MANAGED_RULES = UsageKey.number("managed_rule_group_rules", "Managed rule groups' rules, beyond its own rule blocks.");
  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Web requests a month.");

  private Waf() {}

  static Outcome price(Resource r, Usage usage, Prices prices, boolean v2) {
    String region = r.region().code();
    BigDecimal rules = BigDecimal.valueOf(r.attributes().blocks("rule").size() + r.attributes().blocks("rules").size())
        .add(usage.number(RULE_GROUP_RULES.key()).orElse(BigDecimal.ZERO))
        .add(usage.number(MANAGED_RULES.key()).orElse(BigDecimal.ZERO));
    String suffix = v2 ? "V2" : "";
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Web ACL usage", "months", BigDecimal.ONE, prices.unit(
        Aws.query("awswaf", "Web Application Firewall", region).attr("usagetype", "WebACL" + suffix).build())));
    // As Infracost shows them: WAFv2 lists rules only when there are some; classic WAF always does.
    if (!v2 || rules.signum() > 0) {
      out.add(CostComponent.fixed("Rules", "rules", rules, prices.unit(
          Aws.query("awswaf", "Web Application Firewall", region).attr("usagetype", "Rule" + suffix).build())));
    }
    out.add(CostComponent.usage("Requests", "1M requests", Aws.per(usage.number(REQUESTS.key()), Aws.MILLION), prices.scaled(
        Aws.query("awswaf", "Web Application Firewall", region).attr("usagetype", v2 ? "RequestV2-Tier1" : "Request").build(),
        Aws.MILLION)));
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
