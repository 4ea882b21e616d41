package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code azurerm_linux_virtual_machine}: the size's Linux hours (pay-as-you-go or Spot), Ultra reservation, and the OS disk. */
public final class LinuxVirtualMachinePricer implements Pricer {

  @Override
  public String resourceType() {
    return "azurerm_linux_virtual_machine";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(VmParts.MONTHLY_HOURS, VmParts.OS_DISK);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return single(r, usage, prices, VmHours.Os.LINUX);
  }

  /** A standalone Linux or Windows VM with its {@code os_disk}. */
  static Outcome single(Resource r, Usage usage, Prices prices, VmHours.Os os) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    VirtualMachines vm = VirtualMachines.of(a, "size", os);
    return vm.priced(region, VmParts.hours(usage), BigDecimal.ONE, List.of(VmParts.disk("os_disk", region,
        a.block("os_disk").orElse(Attributes.EMPTY), "storage_account_type", "disk_size_gb", vm.imageGb(),
        VmParts.osDiskOperations(usage), BigDecimal.ONE, prices, assumptions)), prices, assumptions);
  }
}
