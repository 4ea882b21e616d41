package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Azure VM shape priced {@code count} times: its size's hours (Linux or Windows, pay-as-you-go,
 * Spot or Hybrid Benefit), the Ultra disk reservation where Ultra disks are enabled, and its disks
 * as sub-resources. Every VM and scale set pricer describes its VMs with this.
 *
 * @param size the VM size, empty when the input does not say ({@code sizeWhy} then says why)
 * @param ultra Ultra disks enabled, which reserves capacity per vCPU while none is attached
 */
record VirtualMachines(String size, String sizeWhy, VmHours.Os os, boolean spot, boolean hybridBenefit, boolean ultra) {

  /** The instance-hours line and, where enabled, the Ultra reservation line. */
  List<CostComponent> components(String region, BigDecimal hours, BigDecimal count, Prices prices) {
    List<CostComponent> out = new ArrayList<>();
    BigDecimal quantity = hours.multiply(count);
    if (size.isEmpty()) {
      out.add(CostComponent.fixed("Instance usage", "hours", quantity, UnitPrice.missing(sizeWhy)));
    } else {
      out.add(VmHours.component(region, size, os, spot, hybridBenefit, quantity, prices));
    }
    if (ultra) {
      out.add(VmParts.ultraReservation(region, prices));
    }
    return out;
  }

  Outcome priced(String region, BigDecimal hours, BigDecimal count, List<SubResource> disks, Prices prices, List<String> assumptions) {
    if (hybridBenefit) {
      assumptions.add("Azure Hybrid Benefit brings its own Windows licence: priced at the size's base (Linux) rate");
    }
    return new Outcome.Priced(components(region, hours, count, prices), disks, assumptions);
  }

  /** A size attribute, or why it is missing. */
  static VirtualMachines of(Attributes a, String sizeKey, VmHours.Os os) {
    String size = a.string(sizeKey).filter(s -> !s.isBlank()).orElse("");
    String why = a.isUnknown(sizeKey) ? sizeKey + " is known only after apply" : sizeKey + " is not set";
    return new VirtualMachines(size, why, os, VmParts.spot(a), os == VmHours.Os.WINDOWS && VmParts.hybridBenefit(a),
        VmParts.ultraEnabled(a));
  }

  /** The default OS disk size for the OS: the marketplace image's. */
  BigDecimal imageGb() {
    return os == VmHours.Os.WINDOWS ? VmParts.WINDOWS_IMAGE_GB : VmParts.LINUX_IMAGE_GB;
  }

  /** Instances of a scale set: the usage file's, else the attribute, else one (said). */
  static BigDecimal instances(Optional<BigDecimal> fromUsage, Attributes a, String key, List<String> assumptions) {
    if (fromUsage.isPresent()) {
      return fromUsage.get();
    }
    Optional<BigDecimal> n = a.number(key);
    if (n.isPresent()) {
      return n.get();
    }
    assumptions.add(key + " not set" + (a.isUnknown(key) ? " (known after apply)" : "") + "; assumed 1 instance");
    return BigDecimal.ONE;
  }
}
