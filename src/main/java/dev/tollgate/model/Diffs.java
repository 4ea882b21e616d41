package dev.tollgate.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diffs two breakdowns by resource address, for {@code --compare-to}: a resource only in the past is
 * removed, only in the current is added, in both with a different cost or make-up is changed.
 */
public final class Diffs {

  private Diffs() {}

  public static List<ResourceDiff> between(Breakdown past, Breakdown current) {
    Map<String, CostedResource> before = new LinkedHashMap<>();
    past.resources().forEach(r -> before.put(r.address(), r));
    List<ResourceDiff> out = new ArrayList<>();
    for (CostedResource now : current.resources()) {
      CostedResource then = before.remove(now.address());
      if (then == null) {
        out.add(new ResourceDiff(now.address(), Action.CREATE, Optional.empty(), Optional.of(now)));
      } else if (changed(then, now)) {
        out.add(new ResourceDiff(now.address(), Action.UPDATE, Optional.of(then), Optional.of(now)));
      }
    }
    for (CostedResource gone : before.values()) {
      out.add(new ResourceDiff(gone.address(), Action.DELETE, Optional.of(gone), Optional.empty()));
    }
    return out;
  }

  /** The project priced now, compared against an earlier estimate's breakdown. */
  public static ProjectEstimate against(ProjectEstimate now, Breakdown earlier) {
    return now.withPast(earlier, between(earlier, now.current()));
  }

  private static boolean changed(CostedResource a, CostedResource b) {
    if (a.monthlyCost().compareTo(b.monthlyCost()) != 0) {
      return true;
    }
    List<String> an = a.components().stream().map(c -> c.name()).toList();
    List<String> bn = b.components().stream().map(c -> c.name()).toList();
    return !an.equals(bn);
  }
}
