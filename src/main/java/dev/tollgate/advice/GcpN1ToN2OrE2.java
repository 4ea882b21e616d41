package dev.tollgate.advice;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Money;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.catalog.InstanceType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compute Engine n1 machines to the n2 or e2 machine of the same shape ({@code n1-standard-4} to
 * {@code n2-standard-4} or {@code e2-standard-4}: as many vCPUs, as much memory or more), on VMs,
 * instance templates behind groups, and GKE node pools. Machines with GPUs stay (n2 and e2 take
 * none); e2 is not offered where the machine has local SSD or a minimum CPU platform, which e2 lacks.
 * Machines that run all month are compared at sustained-use prices too (see {@link #saving}).
 */
final class GcpN1ToN2OrE2 extends TypeChangeRule {

  private static final Set<String> TYPES = Set.of("google_compute_instance", "google_compute_instance_from_template",
      "google_compute_instance_group_manager", "google_compute_region_instance_group_manager",
      "google_container_node_pool", "google_container_cluster");
  private static final List<String> TEMPLATES = List.of("google_compute_instance_template", "google_compute_region_instance_template");

  @Override
  public String id() {
    return "gcp-n1-to-n2-e2";
  }

  @Override
  public Set<String> resourceTypes() {
    return TYPES;
  }

  @Override
  List<TypeSlot> slots(CostedResource costed, Context context) {
    Resource r = costed.resource();
    List<TypeSlot> out = new ArrayList<>();
    switch (r.type()) {
      case "google_compute_instance":
        TypeSlot.in(r, "", "machine_type").ifPresent(out::add);
        break;
      case "google_compute_instance_from_template":
        TypeSlot.in(r, "", "machine_type").or(() -> template(r, "source_instance_template", context)).ifPresent(out::add);
        break;
      case "google_container_node_pool":
        TypeSlot.in(r, "node_config", "node_config", "0", "machine_type").ifPresent(out::add);
        break;
      case "google_container_cluster":
        List<Attributes> pools = r.attributes().blocks("node_pool");
        for (int i = 0; i < pools.size(); i++) {
          String name = pools.get(i).string("name").map(n -> "node_pool " + n).orElse("node_pool[" + i + "]");
          TypeSlot.in(r, name, "node_pool", String.valueOf(i), "node_config", "0", "machine_type").ifPresent(out::add);
        }
        if (pools.isEmpty()) {
          TypeSlot.in(r, "node_config", "node_config", "0", "machine_type").ifPresent(out::add);
        }
        break;
      default:
        template(r, "version.instance_template", context).ifPresent(out::add);
    }
    out.removeIf(s -> !plain(s.type()).startsWith("n1-"));
    return out;
  }

  private static Optional<TypeSlot> template(Resource r, String attribute, Context context) {
    for (String type : TEMPLATES) {
      for (Resource t : context.related().referencedBy(r, attribute, type)) {
        return TypeSlot.in(r, t, "via " + t.address(), "machine_type");
      }
    }
    return Optional.empty();
  }

  @Override
  List<String> candidates(TypeSlot slot, Context context) {
    String type = plain(slot.type());
    Optional<InstanceType> n1 = context.instanceType("gcp", type);
    if (n1.isEmpty() || ValueTrees.has(slot.holder().attributes().values(), "guest_accelerator")) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>(Successors.of(context, "gcp", type));
    String shape = type.substring("n1-".length());
    names.add("n2-" + shape);
    boolean e2Fits = !ValueTrees.has(slot.holder().attributes().values(), "min_cpu_platform") && !localSsd(slot.holder().attributes().values());
    if (e2Fits) {
      names.add("e2-" + shape);
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      context.instanceType("gcp", n)
          .filter(f -> f.vcpus().compareTo(n1.get().vcpus()) == 0 && f.memoryGiB().compareTo(n1.get().memoryGiB()) >= 0)
          .ifPresent(f -> out.add(f.name()));
    }
    return out;
  }

  @Override
  String what(String from, String to) {
    return to + " has the vCPUs and memory of " + from + " on a current machine series";
  }

  /**
   * A machine that runs all month gets GCP's sustained-use discount without asking (up to 30% on n1,
   * 20% on n2, none on e2), which the estimate's list prices leave out. There the saving shown is the
   * smaller of the list-price saving and the saving at the catalog's sustained-use prices; where e2
   * costs more than a discounted n1, there is no hint.
   */
  @Override
  Optional<Money> saving(TypeSlot slot, String candidate, CostedResource now, Money repriced, Context context) {
    Optional<FullMonth> month = fullMonth(slot, candidate, now, repriced.amount(), context);
    if (month.isEmpty() || month.get().saving().compareTo(repriced.amount()) >= 0) {
      return Optional.of(repriced);
    }
    return context.positive(month.get().saving());
  }

  @Override
  String why(TypeSlot slot, String to, CostedResource now, CostedResource proposed, Context context) {
    String generic = super.why(slot, to, now, proposed, context);
    String from = plain(slot.type());
    BigDecimal list = now.totals().monthly().subtract(proposed.totals().monthly());
    Optional<FullMonth> month = fullMonth(slot, to, now, list, context);
    if (month.isEmpty() || month.get().saving().compareTo(list) >= 0) {
      return generic;
    }
    String currency = context.currency();
    return what(from, to) + ". Run all month, " + from + " gets GCP's sustained-use discount and costs "
        + new Money(month.get().from(), currency).display() + " a month against " + new Money(month.get().to(), currency).display()
        + " for " + to + (to.startsWith("e2-") ? " (e2 gets none)" : "") + ", so the saving shown is at those prices; at the hourly "
        + "list prices the estimate uses it would be " + new Money(list, currency).display() + " a month.";
  }

  /**
   * Both machines' monthly prices under sustained use, and the saving at those prices: the list-price
   * saving of this slot scaled by the ratio of the two differences (so a pool's node count need not
   * be known here). Empty for machines that run part of the month, spot or preemptible machines, and
   * where the catalog lacks a price.
   */
  private record FullMonth(BigDecimal from, BigDecimal to, BigDecimal saving) {}

  private static Optional<FullMonth> fullMonth(TypeSlot slot, String candidate, CostedResource now, BigDecimal listSaving,
      Context context) {
    String from = plain(slot.type());
    boolean instance = slot.owner().type().startsWith("google_compute_instance");
    BigDecimal hoursPerMachine = instance
        ? context.usage(slot.owner()).number("monthly_hrs").orElse(Hours.PER_MONTH) : Hours.PER_MONTH;
    String region = slot.owner().region().code();
    Optional<BigDecimal> a = price(context, region, from, "sustained_use");
    Optional<BigDecimal> b = price(context, region, candidate, "sustained_use");
    Optional<BigDecimal> hourlyA = price(context, region, from, "on_demand");
    Optional<BigDecimal> hourlyB = price(context, region, candidate, "on_demand");
    if (hoursPerMachine.compareTo(Hours.PER_MONTH) < 0 || onDemandHours(now, from).isEmpty() || a.isEmpty() || b.isEmpty()
        || hourlyA.isEmpty() || hourlyB.isEmpty() || hourlyA.get().compareTo(hourlyB.get()) <= 0) {
      return Optional.empty();
    }
    BigDecimal listPerMachine = hourlyA.get().subtract(hourlyB.get()).multiply(Hours.PER_MONTH);
    BigDecimal saving = listSaving.multiply(a.get().subtract(b.get())).divide(listPerMachine, Hours.PRECISION);
    return Optional.of(new FullMonth(a.get(), b.get(), saving));
  }

  /** The on-demand hours of {@code machine} (spot and preemptible machines get no sustained-use discount). */
  private static Optional<CostComponent> onDemandHours(CostedResource r, String machine) {
    return component(r, c -> c.name().contains(", on-demand, " + machine + ")") && c.monthlyQuantity().isPresent());
  }

  @Override
  List<String> caveats(TypeSlot slot, String to, Context context) {
    String type = slot.owner().type();
    if (type.startsWith("google_container")) {
      return List.of("Changing a node pool's machine type re-creates its nodes");
    }
    if (type.contains("group_manager")) {
      return List.of("The group replaces its VMs with the new template's as its update policy allows");
    }
    return List.of("Changing the machine type stops the VM (allow_stopping_for_update = true lets Terraform do it)");
  }

  /** A machine's catalog price: {@code on_demand} per hour, {@code sustained_use} per month. */
  private static Optional<BigDecimal> price(Context context, String region, String machine, String purchaseOption) {
    PriceAnswer a = context.prices().source().lookup(PriceQuery.of("gcp", "Compute Engine", "Compute Instance", region)
        .attr("machineType", machine).price(PriceFilter.purchase(purchaseOption)).build());
    return a instanceof PriceAnswer.Found ? Optional.of(((PriceAnswer.Found) a).usd()) : Optional.empty();
  }

  /** Local SSD in any of the forms the machine's resource can state it. */
  private static boolean localSsd(Value v) {
    return ValueTrees.has(v, "scratch_disk") || ValueTrees.has(v, "local_ssd_count")
        || ValueTrees.has(v, "local_nvme_ssd_block_config") || ValueTrees.hasString(v, "type", "SCRATCH");
  }
}
