package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.util.List;

/** {@code google_compute_vpn_tunnel}: a Cloud VPN tunnel by the hour. Its egress traffic is billed as network egress. */
public final class ComputeVpnTunnelPricer implements Pricer {

  @Override
  public String resourceType() {
    return "google_compute_vpn_tunnel";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("VPN Tunnel", "hours", Hours.PER_MONTH,
        prices.unit(Gce.query("Network", r.region().code()).attr("resource", "network.vpn.tunnel")
            .price(Gce.hourly("on_demand")).build()))), List.of(), List.of());
  }
}
