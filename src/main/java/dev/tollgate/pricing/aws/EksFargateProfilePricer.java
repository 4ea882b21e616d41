package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_eks_fargate_profile}: the profile itself is free; the pods it schedules are billed by the
 * vCPU-hour and GB-hour. What pods run is not in the plan, so the quantities come from usage: how many
 * pods run on average and how big each one is (Fargate rounds a pod up to its nearest size).
 */
public final class EksFargateProfilePricer implements Pricer {

  static final UsageKey PODS = UsageKey.number("pods", "Pods the profile runs on average.");
  static final UsageKey VCPU = UsageKey.number("vcpu_per_pod", "0.25", "vCPUs of each pod (0.25 to 16).");
  static final UsageKey MEMORY_GB = UsageKey.number("memory_gb_per_pod", "0.5", "GB of memory of each pod (0.5 to 120).");

  @Override
  public String resourceType() {
    return "aws_eks_fargate_profile";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(PODS, VCPU, MEMORY_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Optional<BigDecimal> podHours = Aws.times(usage.number(PODS.key()), Aws.HOURS);
    BigDecimal vcpu = usage.number(VCPU.key()).orElse(new BigDecimal(VCPU.defaultValue()));
    BigDecimal memory = usage.number(MEMORY_GB.key()).orElse(new BigDecimal(MEMORY_GB.defaultValue()));
    return new Outcome.Priced(Fargate.components("AmazonEKS", r.region().code(), Fargate.Platform.LINUX,
        Aws.times(podHours, vcpu), Aws.times(podHours, memory), true, prices), List.of(),
        usage.number(PODS.key()).isPresent() ? List.of() : List.of("pods depend on usage (pods, vcpu_per_pod, memory_gb_per_pod)"));
  }
}
