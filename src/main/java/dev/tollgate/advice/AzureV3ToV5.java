package dev.tollgate.advice;

import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.catalog.InstanceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azure v3 and v4 sizes to the v5 size of the same series and shape ({@code Standard_D2s_v3} to
 * {@code Standard_D2s_v5}, as Flexera's instance catalog names it, or by the same name with v5),
 * on VMs, scale sets and AKS node pools: the same vCPUs, at least the memory, and the same
 * capabilities ({@code s} premium storage, {@code a} AMD), a temporary disk apart. v3 sizes all have
 * a local temporary disk and v5 sizes have one only with {@code d} in the name, so the hint says
 * so when the cheaper v5 size has none.
 */
final class AzureV3ToV5 extends TypeChangeRule {

  /** Where each resource type keeps its VM size. */
  private static final Map<String, List<String>> SIZE_PATHS = Map.of(
      "azurerm_linux_virtual_machine", List.of("size"),
      "azurerm_windows_virtual_machine", List.of("size"),
      "azurerm_virtual_machine", List.of("vm_size"),
      "azurerm_linux_virtual_machine_scale_set", List.of("sku"),
      "azurerm_windows_virtual_machine_scale_set", List.of("sku"),
      "azurerm_orchestrated_virtual_machine_scale_set", List.of("sku_name"),
      "azurerm_virtual_machine_scale_set", List.of("sku", "0", "name"),
      "azurerm_kubernetes_cluster", List.of("default_node_pool", "0", "vm_size"),
      "azurerm_kubernetes_cluster_node_pool", List.of("vm_size"));
  /** {@code Standard_D2s_v3}: series D, size 2 (or a constrained {@code 16-4}), capabilities {@code s}, version 3. */
  private static final Pattern SIZE = Pattern.compile("^(Standard_[A-Z]+)(\\d+(?:-\\d+)?)([a-z]*)_v(\\d+)$");

  @Override
  public String id() {
    return "azure-v3-to-v5";
  }

  @Override
  public Set<String> resourceTypes() {
    return SIZE_PATHS.keySet();
  }

  @Override
  List<TypeSlot> slots(CostedResource costed, Context context) {
    Resource r = costed.resource();
    List<String> path = SIZE_PATHS.get(r.type());
    String part = r.type().equals("azurerm_kubernetes_cluster") ? "default_node_pool" : "";
    return TypeSlot.in(r, part, path.toArray(String[]::new)).stream().toList();
  }

  @Override
  List<String> candidates(TypeSlot slot, Context context) {
    Optional<InstanceType> from = context.instanceType("azure", name(slot.type()));
    Matcher m = from.map(f -> SIZE.matcher(f.name())).filter(Matcher::matches).orElse(null);
    if (m == null || !(m.group(4).equals("3") || m.group(4).equals("4"))) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>(Successors.of(context, "azure", from.get().name()));
    names.add(m.group(1) + m.group(2) + m.group(3) + "_v5");
    List<String> out = new ArrayList<>();
    for (String n : names) {
      Matcher c = SIZE.matcher(n);
      if (c.matches() && c.group(4).equals("5") && c.group(1).equals(m.group(1)) && c.group(2).equals(m.group(2))
          && withoutDisk(c.group(3)).equals(withoutDisk(m.group(3)))) {
        context.instanceType("azure", n).filter(f -> f.vcpus().compareTo(from.get().vcpus()) == 0
            && f.memoryGiB().compareTo(from.get().memoryGiB()) >= 0).ifPresent(f -> out.add(f.name()));
      }
    }
    return out;
  }

  @Override
  String what(String from, String to) {
    return to + " is the v5 size of " + from + " (the same vCPUs and memory on newer processors)";
  }

  @Override
  List<String> caveats(TypeSlot slot, String to, Context context) {
    List<String> out = new ArrayList<>();
    Matcher from = SIZE.matcher(name(slot.type()));
    Matcher now = SIZE.matcher(to);
    if (from.matches() && now.matches() && hasTempDisk(from) && !now.group(3).contains("d")) {
      String withDisk = now.group(1) + now.group(2) + withDisk(now.group(3)) + "_v5";
      String instead = context.instanceType("azure", withDisk).isPresent() ? withDisk : "a v5 size with d in its name";
      out.add(to + " has no local temporary disk (" + name(slot.type()) + " has one): if anything uses it (/mnt, "
          + "/dev/sdb1, D:), choose " + instead + " instead");
    }
    String type = slot.owner().type();
    if (type.startsWith("azurerm_kubernetes_cluster")) {
      out.add("A node pool's VM size cannot change in place: AKS rotates the pool onto new nodes (for the default pool, "
          + "set temporary_name_for_rotation), or add a v5 pool and move the workloads");
    } else if (type.contains("scale_set")) {
      out.add("A scale set applies the new size to its instances by its upgrade policy; each one restarts");
    } else {
      out.add("Resizing restarts the VM");
    }
    return out;
  }

  /** The size as the catalog names it ({@code standard_d2s_v3} and {@code D2s_v3} are {@code Standard_D2s_v3}). */
  private static String name(String size) {
    String s = size.trim();
    return s.toLowerCase(java.util.Locale.ROOT).startsWith("standard_") ? s : "Standard_" + s;
  }

  /** Every v3 size has a temporary disk; later ones only with {@code d}. */
  private static boolean hasTempDisk(Matcher m) {
    return m.group(4).equals("3") || m.group(3).contains("d");
  }

  private static String withoutDisk(String capabilities) {
    return capabilities.replace("d", "");
  }

  /** {@code s} becomes {@code ds}, {@code as} {@code ads}: the d goes after a and before s. */
  private static String withDisk(String capabilities) {
    String c = withoutDisk(capabilities);
    int at = c.startsWith("a") ? 1 : 0;
    return c.substring(0, at) + "d" + c.substring(at);
  }
}
