package dev.tollgate.report;

import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.ResourceDiff;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many resources a project holds, by what pricing made of them (either side of the change). */
record Counts(int total, int priced, int free, int unsupported) {

  static Counts of(ProjectEstimate p) {
    Map<String, CostedResource> all = new LinkedHashMap<>();
    p.past().resources().forEach(r -> all.put(r.address(), r));
    p.current().resources().forEach(r -> all.put(r.address(), r));
    for (ResourceDiff d : p.diffs()) {
      all.putIfAbsent(d.address(), d.either());
    }
    int priced = 0;
    int free = 0;
    int unsupported = 0;
    for (CostedResource r : all.values()) {
      if (r.isPriced()) {
        priced++;
      } else if (r.isFree()) {
        free++;
      } else {
        unsupported++;
      }
    }
    return new Counts(all.size(), priced, free, unsupported);
  }
}
