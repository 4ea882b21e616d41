package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_waf_web_acl}: the web ACL, its rules and its requests (see {@link Waf}). */
public final class WafWebAclPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_waf_web_acl";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(Waf.RULE_GROUP_RULES, Waf.REQUESTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return Waf.price(r, usage, prices, false);
  }
}
