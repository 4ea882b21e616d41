package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.SubResource;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AKS node pools, the cluster's default one and separate ones: {@code nodes} VMs of the pool's size
 * (Linux or Windows, pay-as-you-go or Spot) and each node's managed OS disk, 128 GB by default, Premium
 * SSD where the size supports premium storage and Standard HDD otherwise (as Infracost assumes).
 * Ephemeral OS disks live on the VM's own storage and cost nothing extra.
 */
final class AksPools {

  static final BigDecimal DEFAULT_OS_DISK_GB = BigDecimal.valueOf(128);
  /** A size with an "s" feature letter ({@code D2s_v3}, {@code B2ms}) or a DS/GS/M family supports premium storage. */
  private static final Pattern PREMIUM = Pattern.compile("^(ds|gs|m).*|.*\\d+[a-z]*s.*");

  private AksPools() {}

  /** Nodes: the usage file's, else {@code node_count}, else the autoscaler's {@code min_count}, else one. */
  static BigDecimal nodes(Attributes pool, Optional<BigDecimal> fromUsage, List<String> assumptions) {
    if (fromUsage.isPresent()) {
      return fromUsage.get();
    }
    Optional<BigDecimal> count = pool.number("node_count");
    if (count.isPresent()) {
      return count.get();
    }
    boolean autoscaled = pool.bool("auto_scaling_enabled").or(() -> pool.bool("enable_auto_scaling")).orElse(false);
    Optional<BigDecimal> min = pool.number("min_count");
    if (autoscaled && min.isPresent()) {
      assumptions.add("autoscaled pool priced at its min_count of " + min.get().toPlainString());
      return min.get();
    }
    assumptions.add("node_count not set" + (pool.isUnknown("node_count") ? " (known after apply)" : "") + "; assumed 1 node");
    return BigDecimal.ONE;
  }

  static boolean premiumStorage(String size) {
    String[] parts = size.split("_");
    String family = (parts.length > 1 ? parts[1] : parts[0]).toLowerCase(Locale.ROOT);
    return PREMIUM.matcher(family).matches();
  }

  /** The nodes' OS disks, as a sub-resource; none for ephemeral OS disks. */
  static List<SubResource> osDisks(String region, Attributes pool, VirtualMachines vm, BigDecimal nodes, Prices prices,
      List<String> assumptions) {
    String diskType = pool.string("os_disk_type").orElse("Managed");
    if (diskType.equalsIgnoreCase("Ephemeral")) {
      assumptions.add("ephemeral OS disks use the nodes' own storage and cost nothing extra");
      return List.of();
    }
    String account = !vm.size().isEmpty() && premiumStorage(vm.size()) ? "Premium_LRS" : "Standard_LRS";
    assumptions.add("OS disks assumed " + account + " (" + (account.startsWith("Premium") ? "the size supports premium storage"
        : "the size does not support premium storage") + ")");
    BigDecimal gb = pool.number("os_disk_size_gb").orElse(null);
    if (gb == null) {
      assumptions.add("os_disk_size_gb not set" + (pool.isUnknown("os_disk_size_gb") ? " (known after apply)" : "")
          + "; assumed AKS's default of " + DEFAULT_OS_DISK_GB + " GB");
      gb = DEFAULT_OS_DISK_GB;
    }
    List<SubResource> out = new ArrayList<>();
    out.add(SubResource.of("os_disk", ManagedDisks.components(region,
        new ManagedDisks.Disk(account, gb, Optional.empty(), Optional.empty()), Optional.empty(), nodes, prices)));
    return out;
  }
}
