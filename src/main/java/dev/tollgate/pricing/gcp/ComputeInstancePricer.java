package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code google_compute_instance}: machine type hours (on-demand, preemptible or Spot; custom types
 * where the catalog has them), premium image licences, the boot disk, local SSDs and GPUs. Disks
 * attached from elsewhere are priced by their own {@code google_compute_disk}.
 */
public final class ComputeInstancePricer implements Pricer {

  static final UsageKey MONTHLY_HOURS = UsageKey.number("monthly_hrs", "730", "Hours a month the instance runs.");

  @Override
  public String resourceType() {
    return "google_compute_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(MONTHLY_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    List<String> assumptions = new ArrayList<>();
    Vm vm = Vm.ofInstance(r.attributes(), assumptions);
    BigDecimal hours = usage.number(MONTHLY_HOURS.key()).orElse(Hours.PER_MONTH);
    return new Outcome.Priced(vm.components(r.region().code(), hours, BigDecimal.ONE, prices, assumptions), List.of(), assumptions);
  }
}
