package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Static external IP addresses, regional and global: billed by the hour at the in-use rate when
 * something in the same plan uses the address (a VM, an instance template, a NAT gateway, a
 * forwarding rule), at the higher reserved-but-unused rate otherwise; the usage file's
 * {@code address_type} says which when the plan cannot. A Spot or preemptible VM's address has a
 * lower rate the catalog lacks. Internal addresses cost nothing.
 */
final class IpAddresses {

  static final UsageKey ADDRESS_TYPE = UsageKey.string("address_type", "standard_vm, preemptible_vm or unused: how the address is used.");

  /** Resources that put an address to use, and where they name it. */
  private record User(String type, String attribute) {}

  private static final List<User> USERS = List.of(
      new User("google_compute_instance", "network_interface.access_config.nat_ip"),
      new User("google_compute_instance_template", "network_interface.access_config.nat_ip"),
      new User("google_compute_router_nat", "nat_ips"),
      new User("google_compute_forwarding_rule", "ip_address"),
      new User("google_compute_global_forwarding_rule", "ip_address"));

  private IpAddresses() {}

  static Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    if (r.attributes().string("address_type").map(t -> t.equalsIgnoreCase("INTERNAL")).orElse(false)) {
      return new Outcome.Free("internal IP addresses cost nothing");
    }
    List<String> assumptions = new ArrayList<>();
    String use = usage.string(ADDRESS_TYPE.key()).orElse("");
    if (use.isEmpty()) {
      Optional<Resource> user = user(r, related);
      use = user.map(u -> u.type().equals("google_compute_instance") && Gce.purchase(u.attributes()).discounted()
          ? "preemptible_vm" : "standard_vm").orElse("unused");
      assumptions.add(user.map(u -> "in use by " + u.address()).orElse(
          "nothing in this plan uses the address; priced at the reserved-but-unused rate (set address_type in a usage file)"));
    }
    String region = r.region().code();
    CostComponent c;
    switch (use) {
      case "standard_vm":
        c = CostComponent.fixed("IP address (if used by standard VM)", "hours", Hours.PER_MONTH, rate(region, "vm", prices));
        break;
      case "preemptible_vm":
        c = CostComponent.fixed("IP address (if used by preemptible VM)", "hours", Hours.PER_MONTH, UnitPrice.missing(
            "the catalog has no rate for addresses used by Spot or preemptible VMs (" + Gce.SOURCE + " has the standard VM rate only)"));
        break;
      case "unused":
        c = CostComponent.fixed("IP address (if unused)", "hours", Hours.PER_MONTH, rate(region, "unused", prices));
        break;
      default:
        c = CostComponent.fixed("IP address", "hours", Hours.PER_MONTH,
            UnitPrice.missing("unknown address_type " + use + " in the usage file; use standard_vm, preemptible_vm or unused"));
    }
    return new Outcome.Priced(List.of(c), List.of(), assumptions);
  }

  private static Optional<Resource> user(Resource address, RelatedResources related) {
    for (User u : USERS) {
      List<Resource> users = related.referencing(address, u.type(), u.attribute());
      if (!users.isEmpty()) {
        return Optional.of(users.get(0));
      }
    }
    return Optional.empty();
  }

  private static UnitPrice rate(String region, String kind, Prices prices) {
    return prices.unit(Gce.query("Network", region).attr("resource", "network.ip." + kind).price(Gce.hourly("on_demand")).build());
  }
}
