package dev.tollgate.pricing.azure;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/**
 * {@code azurerm_windows_virtual_machine}: the size's Windows hours (the licence included; the Linux
 * rate under Azure Hybrid Benefit), Ultra reservation, and the OS disk.
 */
public final class WindowsVirtualMachinePricer implements Pricer {

  @Override
  public String resourceType() {
    return "azurerm_windows_virtual_machine";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(VmParts.MONTHLY_HOURS, VmParts.OS_DISK);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return LinuxVirtualMachinePricer.single(r, usage, prices, VmHours.Os.WINDOWS);
  }
}
