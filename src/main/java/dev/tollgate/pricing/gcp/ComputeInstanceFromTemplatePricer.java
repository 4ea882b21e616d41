package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code google_compute_instance_from_template}: one VM made from the instance template that
 * {@code source_instance_template} refers to in the same plan, with the machine type and scheduling
 * the resource overrides. Without the template, a known machine type is priced as an instance.
 */
public final class ComputeInstanceFromTemplatePricer implements RelatedPricer {

  @Override
  public String resourceType() {
    return "google_compute_instance_from_template";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(ComputeInstancePricer.MONTHLY_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    BigDecimal hours = usage.number(ComputeInstancePricer.MONTHLY_HOURS.key()).orElse(Hours.PER_MONTH);
    Optional<Resource> template = InstanceGroups.template(r, "source_instance_template", related);
    Vm vm;
    if (template.isPresent()) {
      assumptions.add("the VM of " + template.get().address() + (a.string("machine_type").isPresent() ? ", with its own machine_type" : ""));
      Vm base = Vm.ofTemplate(template.get().attributes(), assumptions);
      String machine = a.string("machine_type").filter(s -> !s.isBlank()).map(Gce::lastSegment).orElse(base.machineType());
      Gce.Purchase purchase = a.has("scheduling") && !a.isUnknown("scheduling") ? Gce.purchase(a) : base.purchase();
      vm = new Vm(machine, base.missingWhy(), purchase, base.disks(), base.localSsdGb(), base.gpus(), base.image());
    } else if (a.string("machine_type").filter(s -> !s.isBlank()).isPresent()) {
      assumptions.add("its instance template is not in this plan; priced from its own attributes");
      vm = Vm.ofInstance(a, assumptions);
    } else {
      return new Outcome.Priced(List.of(CostComponent.fixed("Instance usage", "hours", hours, UnitPrice.missing(
          "its instance template is not in this plan, so its machine type is unknown"))), List.of(), assumptions);
    }
    return new Outcome.Priced(vm.components(r.region().code(), hours, BigDecimal.ONE, prices, assumptions), List.of(), assumptions);
  }
}
