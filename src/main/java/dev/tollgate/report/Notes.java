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

  static List<String> of(ProjectEstimate p) {
    Set<String> out = new LinkedHashSet<>(p.notes());
    for (CostedResource r : all(p)) {
      if (!r.isPriced()) {
        continue;
      }
      if (r.resource().region().needsNote()) {
        out.add(r.address() + ": " + r.resource().region().note());
      }
      for (String a : r.assumptions()) {
        out.add(r.address() + ": " + a);
      }
      missing(r.address(), "", r.components(), r.subresources(), out);
    }
    return new ArrayList<>(out);
  }

  private static void missing(String address, String prefix, List<CostComponent> comps, List<SubResource> subs, Set<String> out) {
    for (CostComponent c : comps) {
      if (c.price() instanceof UnitPrice.Missing) {
        out.add(address + ": " + prefix + c.name() + ": no price (" + ((UnitPrice.Missing) c.price()).reason()
            + "); left out of the totals");
      }
    }
    for (SubResource s : subs) {
      missing(address, prefix + s.name() + " / ", s.components(), s.subresources(), out);
    }
  }

  private static List<CostedResource> all(ProjectEstimate p) {
    Map<String, CostedResource> m = new LinkedHashMap<>();
    p.current().resources().forEach(r -> m.put(r.address(), r));
    p.past().resources().forEach(r -> m.putIfAbsent(r.address(), r));
    return new ArrayList<>(m.values());
  }
}
