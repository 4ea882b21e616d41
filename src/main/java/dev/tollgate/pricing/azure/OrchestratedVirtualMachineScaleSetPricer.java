package dev.tollgate.pricing.azure;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/**
 * {@code azurerm_orchestrated_virtual_machine_scale_set}: {@code instances} VMs of its {@code sku_name},
 * Windows when its {@code os_profile} has a {@code windows_configuration}; see {@link ScaleSets}.
 */
public final class OrchestratedVirtualMachineScaleSetPricer implements Pricer {

  @Override
  public String resourceType() {
    return "azurerm_orchestrated_virtual_machine_scale_set";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return ScaleSets.usageKeys();
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    boolean windows = r.attributes().block("os_profile").map(p -> !p.blocks("windows_configuration").isEmpty()).orElse(false);
    return ScaleSets.price(r, usage, prices, ScaleSets.ORCHESTRATED, windows ? VmHours.Os.WINDOWS : VmHours.Os.LINUX);
  }
}
