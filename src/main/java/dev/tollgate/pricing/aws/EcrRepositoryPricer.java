package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_ecr_repository}: the images it stores (usage). */
public final class EcrRepositoryPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB of images stored.");

  @Override
  public String resourceType() {
    return "aws_ecr_repository";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.usage("Storage", "GB", usage.number(STORAGE_GB.key()), prices.unit(
        Aws.query("AmazonECR", "EC2 Container Registry", r.region().code()).attr("usagetype", "TimedStorage-ByteHrs").build()))),
        List.of(), List.of());
  }
}
