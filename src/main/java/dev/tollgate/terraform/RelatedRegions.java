package dev.tollgate.terraform;

import dev.tollgate.model.Addresses;
import dev.tollgate.model.Region;
import dev.tollgate.model.References;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A resource that names no region of its own and whose provider names none either (an Azure AKS
 * node pool, a subnet: azurerm has no provider-level location) runs where the resource it refers
 * to does, when that one states its region: its cluster, its virtual network. Only regions that
 * would otherwise be assumed are replaced, and the region says which resource it came from.
 */
final class RelatedRegions {

  private RelatedRegions() {}

  static List<ResourceChange> apply(List<ResourceChange> changes, References refs) {
    if (refs.byResource().isEmpty()) {
      return changes;
    }
    Map<String, Resource> befores = new HashMap<>();
    Map<String, Resource> afters = new HashMap<>();
    for (ResourceChange c : changes) {
      c.before().filter(RelatedRegions::statesItsRegion).ifPresent(r -> befores.putIfAbsent(key(r), r));
      c.after().filter(RelatedRegions::statesItsRegion).ifPresent(r -> afters.putIfAbsent(key(r), r));
    }
    List<ResourceChange> out = new ArrayList<>(changes.size());
    for (ResourceChange c : changes) {
      Optional<Resource> before = c.before().map(r -> located(r, befores, refs));
      Optional<Resource> after = c.after().map(r -> located(r, afters, refs));
      out.add(new ResourceChange(c.address(), c.type(), c.action(), before, after));
    }
    return out;
  }

  private static boolean statesItsRegion(Resource r) {
    return r.region().source() == Region.Source.ATTRIBUTE;
  }

  /** Parents are found by provider and configuration address: the first instance stands for a counted resource. */
  private static String key(Resource r) {
    return r.provider() + "|" + r.configAddress();
  }

  private static Resource located(Resource r, Map<String, Resource> parents, References refs) {
    if (r.region().source() != Region.Source.ASSUMED && r.region().source() != Region.Source.UNKNOWN) {
      return r;
    }
    // What the location argument refers to first (a VM's location taken from its resource group), then the rest.
    Map<String, List<String>> byPath = new TreeMap<>((a, b) -> a.equals(b) ? 0
        : a.equals("location") ? -1 : b.equals("location") ? 1 : a.compareTo(b));
    byPath.putAll(refs.of(r.configAddress()));
    for (List<String> targets : byPath.values()) {
      for (String target : targets) {
        Resource parent = parents.get(r.provider() + "|" + Addresses.withoutIndexes(target));
        if (parent != null && parent != r) {
          return r.withRegion(new Region(parent.region().code(), Region.Source.RELATED, "the region of " + parent.address()));
        }
      }
    }
    return r;
  }
}
