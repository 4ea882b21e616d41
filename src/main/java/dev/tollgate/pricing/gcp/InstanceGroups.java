package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Managed instance groups, zonal and regional: their size times the VM their instance template
 * describes. The template is the {@code google_compute_instance_template} (or regional template)
 * that {@code version.instance_template} refers to in the same plan; the size is the usage file's
 * {@code instances}, else {@code target_size}, else the minimum of an autoscaler that targets the
 * group, else one.
 */
final class InstanceGroups {

  static final UsageKey INSTANCES = UsageKey.number("instances", "Instances the group runs (overrides target_size).");
  private static final List<String> TEMPLATE_TYPES =
      List.of("google_compute_instance_template", "google_compute_region_instance_template");
  private static final List<String> AUTOSCALERS = List.of("google_compute_autoscaler", "google_compute_region_autoscaler");

  private InstanceGroups() {}

  static Outcome price(Resource group, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = group.attributes();
    List<String> assumptions = new ArrayList<>();
    BigDecimal size = size(group, usage, related, assumptions);
    if (a.blocks("version").size() > 1) {
      assumptions.add("only version[0]'s template is priced; the group has " + a.blocks("version").size() + " versions");
    }
    Optional<Resource> template = template(group, "version.instance_template", related);
    if (template.isEmpty()) {
      return new Outcome.Priced(List.of(CostComponent.fixed("Instance usage", "hours", Hours.PER_MONTH.multiply(size),
          UnitPrice.missing("its instance template is not in this plan, so its machine type is unknown"))), List.of(), assumptions);
    }
    assumptions.add(size.toPlainString() + " x the VM of " + template.get().address());
    Vm vm = Vm.ofTemplate(template.get().attributes(), assumptions);
    return new Outcome.Priced(vm.components(group.region().code(), Hours.PER_MONTH, size, prices, assumptions), List.of(), assumptions);
  }

  static Optional<Resource> template(Resource from, String attribute, RelatedResources related) {
    for (String type : TEMPLATE_TYPES) {
      List<Resource> found = related.referencedBy(from, attribute, type);
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  private static BigDecimal size(Resource group, Usage usage, RelatedResources related, List<String> assumptions) {
    Optional<BigDecimal> fromUsage = usage.number(INSTANCES.key());
    if (fromUsage.isPresent()) {
      return fromUsage.get();
    }
    Optional<BigDecimal> target = group.attributes().number("target_size");
    if (target.isPresent()) {
      return target.get();
    }
    for (String type : AUTOSCALERS) {
      for (Resource scaler : related.referencing(group, type, "target")) {
        Optional<BigDecimal> min = scaler.attributes().block("autoscaling_policy").flatMap(p -> p.number("min_replicas"));
        if (min.isPresent()) {
          assumptions.add("sized by " + scaler.address() + "; priced at its min_replicas of " + min.get().toPlainString());
          return min.get();
        }
      }
    }
    assumptions.add("target_size not set" + (group.attributes().isUnknown("target_size") ? " (known after apply)" : "")
        + " and no autoscaler in this plan; assumed 1 instance");
    return BigDecimal.ONE;
  }
}
