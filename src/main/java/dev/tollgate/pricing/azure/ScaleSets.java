package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Virtual machine scale sets: {@code instances} VMs of one size, each with its OS disk and data
 * disks. The usage file's {@code instances} overrides the configuration's count (an autoscaled set).
 * The three resource shapes differ only in where they keep the size, the count and the disks.
 */
final class ScaleSets {

  static final UsageKey INSTANCES = UsageKey.number("instances", "VMs the scale set runs (overrides its configured count).");

  /** Where one resource type keeps what a scale set needs. */
  record Shape(String sizeKey, String countKey, String osDiskBlock, String osDiskTypeKey, String osDiskSizeKey,
      String dataDiskBlock, String dataDiskTypeKey, String dataDiskSizeKey) {}

  static final Shape MODERN = new Shape("sku", "instances", "os_disk", "storage_account_type", "disk_size_gb",
      "data_disk", "storage_account_type", "disk_size_gb");
  static final Shape ORCHESTRATED = new Shape("sku_name", "instances", "os_disk", "storage_account_type", "disk_size_gb",
      "data_disk", "storage_account_type", "disk_size_gb");

  private ScaleSets() {}

  static List<UsageKey> usageKeys() {
    return List.of(INSTANCES, VmParts.MONTHLY_HOURS, VmParts.OS_DISK);
  }

  static Outcome price(Resource r, Usage usage, Prices prices, Shape shape, VmHours.Os os) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    BigDecimal count = VirtualMachines.instances(usage.number(INSTANCES.key()), a, shape.countKey(), assumptions);
    return price(r, a, usage, prices, shape, VirtualMachines.of(a, shape.sizeKey(), os), count, assumptions);
  }

  static Outcome price(Resource r, Attributes a, Usage usage, Prices prices, Shape shape, VirtualMachines vm, BigDecimal count,
      List<String> assumptions) {
    String region = r.region().code();
    List<SubResource> disks = new ArrayList<>();
    disks.add(VmParts.disk(shape.osDiskBlock(), region, a.block(shape.osDiskBlock()).orElse(Attributes.EMPTY),
        shape.osDiskTypeKey(), shape.osDiskSizeKey(), vm.imageGb(), VmParts.osDiskOperations(usage), count, prices, assumptions));
    List<Attributes> data = a.blocks(shape.dataDiskBlock());
    for (int i = 0; i < data.size(); i++) {
      disks.add(VmParts.disk(shape.dataDiskBlock() + "[" + i + "]", region, data.get(i), shape.dataDiskTypeKey(),
          shape.dataDiskSizeKey(), null, java.util.Optional.empty(), count, prices, assumptions));
    }
    if (count.compareTo(BigDecimal.ONE) != 0) {
      assumptions.add(count.toPlainString() + " instances, each with its disks");
    }
    return vm.priced(region, VmParts.hours(usage), count, disks, prices, assumptions);
  }
}
