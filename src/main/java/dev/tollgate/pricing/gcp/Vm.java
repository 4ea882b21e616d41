package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Compute Engine VM as a price needs it, whether it comes from an instance, an instance
 * template or a GKE node config: its machine type, how it is bought, its persistent disks, local
 * SSDs, GPUs and boot image. {@link #components} prices {@code count} of them.
 *
 * @param machineType empty when the input does not say; {@code missingWhy} then says why
 */
record Vm(String machineType, String missingWhy, Gce.Purchase purchase, List<Disk> disks, List<BigDecimal> localSsdGb,
    List<Attributes> gpus, String image) {

  /** A persistent disk the VM creates (not one attached from elsewhere, which its own resource prices). */
  record Disk(String type, BigDecimal gb) {}

  Vm {
    disks = List.copyOf(disks);
    localSsdGb = List.copyOf(localSsdGb);
    gpus = List.copyOf(gpus);
  }

  /**
   * The VMs' components: machine hours, licence, disks (GB times {@code count}), local SSDs, GPUs.
   *
   * @param hours hours a month each VM runs
   */
  List<CostComponent> components(String region, BigDecimal hours, BigDecimal count, Prices prices, List<String> assumptions) {
    List<CostComponent> out = new ArrayList<>();
    BigDecimal vmHours = hours.multiply(count);
    if (machineType.isEmpty()) {
      out.add(CostComponent.fixed("Instance usage", "hours", vmHours, UnitPrice.missing(missingWhy)));
    } else {
      out.addAll(Machines.components(region, machineType, Licences.label(image), purchase, hours, count, prices, assumptions));
      Licences.component(machineType, image, vmHours, prices).ifPresent(out::add);
    }
    for (Disk d : disks) {
      out.add(Disks.storage(region, d.type(), false, d.gb().multiply(count), prices));
    }
    BigDecimal local = localSsdGb.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (local.signum() > 0) {
      out.add(Disks.localSsd(region, purchase, local.multiply(count), prices));
    }
    out.addAll(Accelerators.components(machineType, purchase, gpus, vmHours, assumptions));
    return out;
  }

  /** {@code google_compute_instance}: {@code boot_disk}, {@code scratch_disk}, {@code guest_accelerator}, {@code scheduling}. */
  static Vm ofInstance(Attributes a, List<String> assumptions) {
    List<Disk> disks = new ArrayList<>();
    String image = "";
    Optional<Attributes> boot = a.block("boot_disk");
    Optional<Attributes> init = boot.flatMap(b -> b.block("initialize_params"));
    if (init.isPresent()) {
      image = init.get().string("image").orElse("");
      disks.add(disk("boot disk", init.get(), "type", "size", !image.isEmpty() || init.get().isUnknown("image"), assumptions));
    } else if (boot.isPresent() && boot.get().string("source").filter(x -> !x.isBlank()).isPresent()) {
      assumptions.add("boot disk is an existing disk (source); its own resource prices it");
    } else {
      disks.add(disk("boot disk", Attributes.EMPTY, "type", "size", true, assumptions));
    }
    List<BigDecimal> local = new ArrayList<>();
    for (Attributes s : a.blocks("scratch_disk")) {
      local.add(s.number("size").orElse(Disks.LOCAL_SSD_GB));
    }
    return new Vm(machine(a, "machine_type"), why(a, "machine_type"), Gce.purchase(a), disks, local,
        a.blocks("guest_accelerator"), image);
  }

  /** {@code google_compute_instance_template}: {@code disk} blocks, persistent or {@code SCRATCH}. */
  static Vm ofTemplate(Attributes a, List<String> assumptions) {
    List<Disk> disks = new ArrayList<>();
    List<BigDecimal> local = new ArrayList<>();
    String image = "";
    List<Attributes> blocks = a.blocks("disk");
    for (int i = 0; i < blocks.size(); i++) {
      Attributes d = blocks.get(i);
      if (d.string("type").map(t -> t.equalsIgnoreCase("SCRATCH")).orElse(false)) {
        local.add(d.number("disk_size_gb").orElse(Disks.LOCAL_SSD_GB));
      } else if (d.has("source") && !d.isUnknown("source")) {
        assumptions.add("disk[" + i + "] is an existing disk (source); its own resource prices it");
      } else {
        boolean boot = d.bool("boot").orElse(i == 0);
        String source = d.string("source_image").orElse("");
        if (boot) {
          image = source;
        }
        disks.add(disk("disk[" + i + "]", d, "disk_type", "disk_size_gb", !source.isEmpty(), assumptions));
      }
    }
    return new Vm(machine(a, "machine_type"), why(a, "machine_type"), Gce.purchase(a), disks, local,
        a.blocks("guest_accelerator"), image);
  }

  /** A GKE {@code node_config}: defaults are GKE's, e2-medium with a 100 GB disk. */
  static Vm ofNodeConfig(Attributes c, List<String> assumptions) {
    String machine = machine(c, "machine_type");
    if (machine.isEmpty()) {
      assumptions.add("node machine_type not set" + (c.isUnknown("machine_type") ? " (known after apply)" : "") + "; assumed e2-medium");
      machine = "e2-medium";
    }
    String type = c.string("disk_type").filter(s -> !s.isEmpty()).map(Gce::lastSegment).orElse(null);
    if (type == null) {
      assumptions.add("node disk_type not set" + (c.isUnknown("disk_type") ? " (known after apply)" : "") + "; assumed pd-standard");
      type = Disks.DEFAULT_TYPE;
    }
    BigDecimal gb = c.number("disk_size_gb").orElse(null);
    if (gb == null) {
      assumptions.add("node disk_size_gb not set" + (c.isUnknown("disk_size_gb") ? " (known after apply)" : "") + "; assumed 100 GB");
      gb = BigDecimal.valueOf(100);
    }
    List<BigDecimal> local = new ArrayList<>();
    int ssds = c.number("local_ssd_count").map(BigDecimal::intValue).orElse(0);
    for (int i = 0; i < ssds; i++) {
      local.add(Disks.LOCAL_SSD_GB);
    }
    String image = c.string("image_type").orElse("");
    return new Vm(machine, "", Gce.purchase(c), List.of(new Disk(type, gb)), local, c.blocks("guest_accelerator"), image);
  }

  private static String machine(Attributes a, String key) {
    return a.string(key).filter(s -> !s.isBlank()).map(Gce::lastSegment).orElse("");
  }

  private static String why(Attributes a, String key) {
    return a.isUnknown(key) ? key + " is known only after apply" : key + " is not set";
  }

  /** A disk's type and size, with GCP's defaults where the input is silent, each one stated. */
  private static Disk disk(String name, Attributes d, String typeKey, String sizeKey, boolean fromImage, List<String> assumptions) {
    String type = d.string(typeKey).filter(s -> !s.isEmpty()).map(Gce::lastSegment).orElse(null);
    if (type == null) {
      assumptions.add(name + " type not set" + (d.isUnknown(typeKey) ? " (known after apply)" : "") + "; assumed " + Disks.DEFAULT_TYPE);
      type = Disks.DEFAULT_TYPE;
    }
    BigDecimal gb = d.number(sizeKey).orElse(null);
    if (gb == null) {
      gb = fromImage ? BigDecimal.TEN : Disks.defaultSize(type);
      assumptions.add(name + " size not set" + (d.isUnknown(sizeKey) ? " (known after apply)" : "") + "; assumed "
          + gb.toPlainString() + " GB" + (fromImage ? " (the size of most public images)" : " (GCP's default for " + type + ")"));
    }
    return new Disk(type, gb);
  }
}
