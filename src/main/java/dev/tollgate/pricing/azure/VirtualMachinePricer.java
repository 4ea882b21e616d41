package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code azurerm_virtual_machine} (the legacy resource): Windows when it has an
 * {@code os_profile_windows_config} block, a Windows Server image or a Windows OS disk, else Linux;
 * its hours, and its managed OS and data disks as sub-resources.
 */
public final class VirtualMachinePricer implements Pricer {

  static final UsageKey OS_DISK = new UsageKey("storage_os_disk", UsageKey.Type.BLOCK, null,
      "storage_os_disk.monthly_disk_operations: operations a month on the OS disk.");
  static final UsageKey DATA_DISK = new UsageKey("storage_data_disk", UsageKey.Type.BLOCK, null,
      "storage_data_disk.monthly_disk_operations: operations a month on each data disk.");

  @Override
  public String resourceType() {
    return "azurerm_virtual_machine";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(VmParts.MONTHLY_HOURS, OS_DISK, DATA_DISK);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    VirtualMachines vm = VirtualMachines.of(a, "vm_size", os(a));
    List<SubResource> disks = new ArrayList<>();
    disks.add(VmParts.disk("storage_os_disk", region, a.block("storage_os_disk").orElse(Attributes.EMPTY),
        "managed_disk_type", "disk_size_gb", vm.imageGb(), operations(usage, OS_DISK), BigDecimal.ONE, prices, assumptions));
    List<Attributes> data = a.blocks("storage_data_disk");
    for (int i = 0; i < data.size(); i++) {
      String name = "storage_data_disk[" + i + "]";
      if (data.get(i).string("create_option").map(o -> o.equalsIgnoreCase("Attach")).orElse(false)) {
        assumptions.add(name + " attaches an existing managed disk; its own resource prices it");
        continue;
      }
      disks.add(VmParts.disk(name, region, data.get(i), "managed_disk_type", "disk_size_gb", null,
          operations(usage, DATA_DISK), BigDecimal.ONE, prices, assumptions));
    }
    return vm.priced(region, VmParts.hours(usage), BigDecimal.ONE, disks, prices, assumptions);
  }

  static VmHours.Os os(Attributes a) {
    boolean windows = !a.blocks("os_profile_windows_config").isEmpty()
        || a.block("storage_image_reference").flatMap(i -> i.string("offer")).map(o -> o.equalsIgnoreCase("WindowsServer")).orElse(false)
        || a.block("storage_os_disk").flatMap(d -> d.string("os_type")).map(t -> t.toLowerCase(Locale.ROOT).equals("windows")).orElse(false);
    return windows ? VmHours.Os.WINDOWS : VmHours.Os.LINUX;
  }

  private static Optional<BigDecimal> operations(Usage usage, UsageKey block) {
    return usage.block(block.key()).number("monthly_disk_operations");
  }
}
