package dev.tollgate.terraform;

import dev.tollgate.model.Region;
import dev.tollgate.model.References;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

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
    List<Resource> befores = new ArrayList<>();
    List<Resource> afters = new ArrayList<>();
    for (ResourceChange c : changes) {
      c.before().ifPresent(befores::add);
      c.after().ifPresent(afters::add);
    }
    List<ResourceChange> out = new ArrayList<>(changes.size());
    for (ResourceChange c : changes) {
      Optional<Resource> before = c.before().map(r -> located(r, befores, refs));
      Optional<Resource> after = c.after().map(r -> located(r, afters, refs));
      out.add(new ResourceChange(c.address(), c.type(), c.action(), before, after));
    }
    return out;
  }

  private static Resource located(Resource r, List<Resource> side, References refs) {
    if (r.region().source() != Region.Source.ASSUMED && r.region().source() != Region.Source.UNKNOWN) {
      return r;
    }
    // What the location argument refers to first (a VM's location taken from its resource group), then the rest.
    Map<String, List<String>> byPath = new TreeMap<>((a, b) -> a.equals(b) ? 0
        : a.equals("location") ? -1 : b.equals("location") ? 1 : a.compareTo(b));
    byPath.putAll(refs.of(r.configAddress()));
    Function<String, Optional<Resource>> find = target -> side.stream()
        .filter(o -> o != r && o.provider().equals(r.provider()) && o.region().source() == Region.Source.ATTRIBUTE)
        .filter(o -> o.configAddress().equals(dev.tollgate.model.Addresses.withoutIndexes(target)))
        .findFirst();
    for (List<String> targets : byPath.values()) {
      for (String target : targets) {
        Optional<Resource> parent = find.apply(target);
        if (parent.isPresent()) {
          return r.withRegion(new Region(parent.get().region().code(), Region.Source.RELATED,
              "the region of " + parent.get().address()));
        }
      }
    }
    return r;
  }
}
