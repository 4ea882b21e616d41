package dev.tollgate.pipeline;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import java.util.List;

/** How many resources at the head have no price for at least part of their cost: left out of the totals. */
final class Unpriced {

  private Unpriced() {}

  static int count(Estimate e) {
    int n = 0;
    for (ProjectEstimate p : e.projects()) {
      for (CostedResource r : p.current().resources()) {
        if (r.isUnsupported() || missing(r.components(), r.subresources())) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean missing(List<CostComponent> components, List<SubResource> subs) {
    for (CostComponent c : components) {
      if (c.price() instanceof UnitPrice.Missing) {
        return true;
      }
    }
    for (SubResource s : subs) {
      if (missing(s.components(), s.subresources())) {
        return true;
      }
    }
    return false;
  }
}
