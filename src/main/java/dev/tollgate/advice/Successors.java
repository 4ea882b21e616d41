package dev.tollgate.advice;

import dev.tollgate.pricing.catalog.InstanceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The successors Flexera's instance catalogs name for a type, followed generation by generation
 * ({@code m4.large} to {@code m5.large} to {@code m6i.large}): the {@code regular} and {@code nextGen}
 * entries only; the {@code amd} entries are the processor rules' business and the {@code burstable}
 * ones change how the CPU is sold. A successor is kept only when it has at least the vCPUs and
 * memory of the type it replaces and runs the same architecture.
 */
final class Successors {

  /** Flexera's chains are at most three steps long (m1 to m5 to m6i); a loop in the data stops here. */
  private static final int MAX_STEPS = 4;

  private Successors() {}

  /** Oldest first. */
  static List<String> of(Context context, String vendor, String type) {
    Optional<InstanceType> start = context.instanceType(vendor, type);
    if (start.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> level = List.of(start.get().name());
    for (int step = 0; step < MAX_STEPS && !level.isEmpty(); step++) {
      List<String> next = new ArrayList<>();
      for (String t : level) {
        context.instanceType(vendor, t).ifPresent(f -> {
          f.supersededBy().regularType().ifPresent(next::add);
          f.supersededBy().nextGenType().ifPresent(next::add);
        });
      }
      next.removeIf(t -> t.equals(start.get().name()) || !seen.add(t));
      level = next;
    }
    List<String> out = new ArrayList<>();
    for (String t : seen) {
      context.instanceType(vendor, t).filter(f -> atLeast(f, start.get())).ifPresent(f -> out.add(f.name()));
    }
    return out;
  }

  /** {@code candidate} has the vCPUs and memory of {@code original} or more, on its architecture. */
  static boolean atLeast(InstanceType candidate, InstanceType original) {
    boolean sameArchitecture = original.architectures().isEmpty() || candidate.architectures().isEmpty()
        || candidate.architectures().stream().anyMatch(original.architectures()::contains);
    return sameArchitecture && candidate.vcpus().compareTo(original.vcpus()) >= 0
        && candidate.memoryGiB().compareTo(original.memoryGiB()) >= 0;
  }
}
