package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.util.List;

/**
 * {@code aws_eks_cluster}: the control plane's hours at the standard-support price. A cluster left on a
 * Kubernetes version past standard support pays the extended-support rate instead; which versions
 * that is changes every few months and is not priced here.
 */
public final class EksClusterPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_eks_cluster";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("EKS cluster", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonEKS", "Compute", r.region().code()).attr("usagetype", "AmazonEKS-Hours:perCluster").build()))),
        List.of(), List.of());
  }
}
