package dev.tollgate.pricing.azure;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code azurerm_windows_virtual_machine_scale_set}: {@code instances} Windows VMs of its {@code sku}, with their disks; see {@link ScaleSets}. */
public final class WindowsVirtualMachineScaleSetPricer implements Pricer {

  @Override
  public String resourceType() {
    return "azurerm_windows_virtual_machine_scale_set";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return ScaleSets.usageKeys();
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return ScaleSets.price(r, usage, prices, ScaleSets.MODERN, VmHours.Os.WINDOWS);
  }
}
