package dev.tollgate.advice;

import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import java.util.List;
import java.util.Set;

/**
 * One right-sizing rule, named after what it checks, registered in {@link Rules#ALL}. A rule sees one
 * resource the change creates or modifies, already priced, and the {@link Context} (the whole
 * project, the price source, a way to price a changed copy of the resource). It proposes a change
 * and lets the context price it: a hint exists only when the catalog prices both sides and the
 * proposal is cheaper. Rules that need other resources (one NAT gateway per AZ) read the project from
 * the context. The one saving the catalog cannot price (spot, {@link SpotAutoscalingGroup}) is an
 * estimate on a stated assumption, made with {@link Context#estimatedHint} so every report labels it.
 */
public interface Rule {

  /** No hint: a value, never null. */
  List<Hint> NO_MATCH = List.of();

  /** Stable id shown with each hint, {@code gp2-to-gp3}. */
  String id();

  /** The resource types this rule looks at; the advisor calls {@link #check} only for these. */
  Set<String> resourceTypes();

  List<Hint> check(CostedResource resource, Context context);
}
