package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_lb}: an application, network or gateway load balancer (see {@link LoadBalancers}). */
public final class LbPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_lb";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return LoadBalancers.KEYS;
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return LoadBalancers.price(r, usage, prices);
  }
}
