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

/**
 * {@code azurerm_virtual_machine_scale_set} (the legacy resource): {@code sku.capacity} VMs of
 * {@code sku.name}, Windows when it has an {@code os_profile_windows_config} block, with its managed
 * OS and data disks ({@code storage_profile_*}); see {@link ScaleSets}.
 */
public final class VirtualMachineScaleSetPricer implements Pricer {

  private static final ScaleSets.Shape LEGACY = new ScaleSets.Shape("name", "capacity", "storage_profile_os_disk",
      "managed_disk_type", "disk_size_gb", "storage_profile_data_disk", "managed_disk_type", "disk_size_gb");

  @Override
  public String resourceType() {
    return "azurerm_virtual_machine_scale_set";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return ScaleSets.usageKeys();
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    Attributes sku = a.block("sku").orElse(Attributes.EMPTY);
    List<String> assumptions = new ArrayList<>();
    VmHours.Os os = a.blocks("os_profile_windows_config").isEmpty() ? VmHours.Os.LINUX : VmHours.Os.WINDOWS;
    VirtualMachines base = VirtualMachines.of(sku, "name", os);
    VirtualMachines vm = new VirtualMachines(base.size(), "sku." + base.sizeWhy(), os, VmParts.spot(a),
        os == VmHours.Os.WINDOWS && VmParts.hybridBenefit(a), false);
    BigDecimal count = VirtualMachines.instances(usage.number(ScaleSets.INSTANCES.key()), sku, "capacity", assumptions);
    return ScaleSets.price(r, a, usage, prices, LEGACY, vm, count, assumptions);
  }
}
