package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GPUs attached to a VM ({@code guest_accelerator}). Accelerator-optimized machine types (a2, a3,
 * a4, g2, g4) come with their GPUs, and the catalog's machine type price includes them; GPUs added
 * to other machine types are billed per GPU-hour, a rate the catalog does not have, so their lines
 * say so rather than count them as free.
 */
final class Accelerators {

  private static final Set<String> GPU_INCLUDED = Set.of("a2", "a3", "a4", "g2", "g4");
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("nvidia-tesla-k80", "NVIDIA Tesla K80"),
      Map.entry("nvidia-tesla-p4", "NVIDIA Tesla P4"),
      Map.entry("nvidia-tesla-p100", "NVIDIA Tesla P100"),
      Map.entry("nvidia-tesla-t4", "NVIDIA Tesla T4"),
      Map.entry("nvidia-tesla-v100", "NVIDIA Tesla V100"),
      Map.entry("nvidia-tesla-a100", "NVIDIA Tesla A100"),
      Map.entry("nvidia-a100-80gb", "NVIDIA A100 80GB"),
      Map.entry("nvidia-l4", "NVIDIA L4"),
      Map.entry("nvidia-h100-80gb", "NVIDIA H100 80GB"));

  private Accelerators() {}

  /**
   * @param quantity hours a month times instances, for one GPU
   */
  static List<CostComponent> components(String machineType, Gce.Purchase purchase, List<Attributes> blocks,
      BigDecimal quantity, List<String> assumptions) {
    List<CostComponent> out = new ArrayList<>();
    String family = Gce.lastSegment(machineType).split("-")[0];
    for (Attributes gpu : blocks) {
      BigDecimal count = gpu.number("count").orElse(BigDecimal.ONE);
      String type = gpu.string("type").map(Gce::lastSegment).orElse("");
      if (count.signum() == 0) {
        continue;
      }
      if (type.isEmpty()) {
        assumptions.add("guest_accelerator type not set" + (gpu.isUnknown("type") ? " (known after apply)" : "")
            + "; its GPUs are not priced");
        continue;
      }
      if (GPU_INCLUDED.contains(family)) {
        assumptions.add(count.toPlainString() + " x " + type + " come with accelerator-optimized machine type "
            + Gce.lastSegment(machineType) + " and are in its price");
        continue;
      }
      out.add(CostComponent.fixed(NAMES.getOrDefault(type, type) + " (" + purchase.label() + ")", "hours",
          quantity.multiply(count), UnitPrice.missing("the catalog has no per-GPU prices for " + type + " ("
              + Gce.SOURCE + " prices GPUs only inside accelerator-optimized machine types such as a2 and g2)")));
    }
    return out;
  }
}
