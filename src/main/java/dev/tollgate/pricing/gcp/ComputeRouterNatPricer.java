package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code google_compute_router_nat}: Cloud NAT bills each VM assigned to the gateway by the hour, up
 * to 32 VMs (beyond that the gateway rate is capped), and each GB it processes; both depend on usage.
 * The catalog holds cyclenerd's capped gateway rate, the price of 32 VMs, so one VM-hour is a 32nd of it.
 */
public final class ComputeRouterNatPricer implements Pricer {

  static final UsageKey ASSIGNED_VMS = UsageKey.number("assigned_vms", "VMs that use the NAT gateway (billed up to 32).");
  static final UsageKey DATA_GB = UsageKey.number("monthly_data_processed_gb", "GB the gateway processes a month.");

  private static final BigDecimal MAX_BILLED_VMS = BigDecimal.valueOf(32);

  @Override
  public String resourceType() {
    return "google_compute_router_nat";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(ASSIGNED_VMS, DATA_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    Optional<BigDecimal> vmHours = usage.number(ASSIGNED_VMS.key()).map(n -> n.min(MAX_BILLED_VMS).multiply(Hours.PER_MONTH));
    if (r.attributes().string("nat_ip_allocate_option").map(o -> o.equals("AUTO_ONLY")).orElse(false)) {
      assumptions.add("NAT IP addresses are allocated automatically; each is billed per hour too, and how many depends on usage");
    }
    List<CostComponent> out = List.of(
        CostComponent.usage("Assigned VMs (first 32)", "VM-hours", vmHours,
            prices.divided(Gce.query("Network", region).attr("resource", "network.nat.gateway")
                .price(Gce.hourly("on_demand")).build(), MAX_BILLED_VMS)),
        CostComponent.usage("Data processed", "GB", usage.number(DATA_GB.key()),
            prices.unit(Gce.query("Network", region).attr("resource", "network.nat.data").price(PriceFilter.ON_DEMAND).build())));
    return new Outcome.Priced(out, List.of(), assumptions);
  }
}
