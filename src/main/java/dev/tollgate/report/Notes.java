package dev.tollgate.report;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader must be told about a project beyond its numbers: the input's notes, resources whose
 * region was assumed, pricers' assumptions, missing prices, and the resources not supported.
 */
final class Notes {

  private Notes() {}

  static List<String> unsupported(ProjectEstimate p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (CostedResource r : all(p)) {
      if (r.outcome() instanceof Outcome.Unsupported) {
        out.putIfAbsent(r.address(), r.address() + ": " + ((Outcome.Unsupported) r.outcome()).reason());
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The notes, each said once: a note that holds for several resources names the first few. */
  static List<String> of(ProjectEstimate p) {
    Map<String, List<String>> byNote = new LinkedHashMap<>();
    for (CostedResource r : all(p)) {
      if (!r.isPriced()) {
        continue;
      }
      if (r.resource().region().needsNote()) {
        byNote.computeIfAbsent(r.resource().region().note(), k -> new ArrayList<>()).add(r.address());
      }
      for (String a : r.assumptions()) {
        byNote.computeIfAbsent(a, k -> new ArrayList<>()).add(r.address());
      }
      Set<String> missing = new LinkedHashSet<>();
      missing("", r.components(), r.subresources(), missing);
      missing.forEach(m -> byNote.computeIfAbsent(m, k -> new ArrayList<>()).add(r.address()));
    }
    List<String> out = new ArrayList<>(p.notes());
    byNote.forEach((note, addresses) -> out.add(who(addresses) + ": " + note));
    return out;
  }

  static String who(List<String> addresses) {
    if (addresses.size() == 1) {
      return addresses.get(0);
    }
    int shown = Math.min(3, addresses.size());
    String names = String.join(", ", addresses.subList(0, shown));
    return addresses.size() + " resources (" + names + (addresses.size() > shown ? " and " + (addresses.size() - shown) + " more" : "") + ")";
  }

  private static void missing(String prefix, List<CostComponent> comps, List<SubResource> subs, Set<String> out) {
    for (CostComponent c : comps) {
      if (c.missingPriceMatters()) {
        out.add(prefix + c.name() + ": no price (" + ((UnitPrice.Missing) c.price()).reason() + "); left out of the totals");
      }
    }
    for (SubResource s : subs) {
      missing(prefix + s.name() + " / ", s.components(), s.subresources(), out);
    }
  }

  private static List<CostedResource> all(ProjectEstimate p) {
    Map<String, CostedResource> m = new LinkedHashMap<>();
    p.current().resources().forEach(r -> m.put(r.address(), r));
    p.past().resources().forEach(r -> m.putIfAbsent(r.address(), r));
    return new ArrayList<>(m.values());
  }
}
