package dev.tollgate.advice;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the EC2 processor rules share: an {@code aws_instance} of a general-purpose, compute,
 * memory or burstable class, on shared tenancy, running Linux, priced in the change; each candidate
 * type a subclass names is priced in the instance's region through the catalog, and the cheapest one
 * that saves becomes the hint. A candidate the catalog does not price in that region (the type does
 * not exist there, or at all) is skipped.
 */
abstract class InstanceRule implements Rule {

  /** Classes with Graviton and AMD counterparts of the same sizes. */
  static final Set<String> CLASSES = Set.of("m", "c", "r", "t");

  @Override
  public final Set<String> resourceTypes() {
    return Set.of("aws_instance");
  }

  /** Candidate instance types, or none when the rule does not apply to this type. */
  abstract List<String> candidates(Ec2Type type);

  abstract String why(String from, String to, String fromHourly, String toHourly, String region);

  abstract List<String> caveats(String to);

  @Override
  public final List<Hint> check(CostedResource costed, Context context) {
    Resource r = costed.resource();
    Optional<Ec2Type> type = r.attributes().string("instance_type").flatMap(Ec2Type::parse);
    String tenancy = r.attributes().string("tenancy").orElse("default");
    String os = context.usage(r).string("operating_system").orElse("linux").toLowerCase(Locale.ROOT);
    if (type.isEmpty() || !CLASSES.contains(type.get().instanceClass()) || type.get().size().equals("metal")
        || !tenancy.equals("default") || !os.equals("linux")) {
      return NO_MATCH;
    }
    CostedResource best = null;
    Money bestSaving = null;
    for (String candidate : candidates(type.get())) {
      CostedResource proposed = context.price(new Resource(r.address(), r.type(), r.provider(), r.region(),
          Attrs.with(r.attributes(), Map.of("instance_type", Value.of(candidate))), r.tags(), r.action()));
      Optional<Money> saving = context.saving(costed, proposed);
      if (saving.isPresent() && (bestSaving == null || saving.get().compareTo(bestSaving) > 0)) {
        best = proposed;
        bestSaving = saving.get();
      }
    }
    if (best == null) {
      return NO_MATCH;
    }
    String from = type.get().toString();
    String to = best.resource().attributes().string("instance_type").orElseThrow();
    String currency = bestSaving.currency();
    return List.of(context.hint(this, r, "", from, to, bestSaving,
        why(from, to, hourly(costed, currency), hourly(best, currency), r.region().code()), caveats(to)));
  }

  /** The instance's hourly compute price, as the catalog gave it to the estimate. */
  private static String hourly(CostedResource r, String currency) {
    return r.components().stream().filter(c -> c.name().startsWith("Instance usage")).findFirst()
        .flatMap(CostComponent::unitPrice).map(p -> price(p, currency) + "/hour").orElse("?");
  }

  /** A unit price with its significant digits, at least cents: {@code $0.192}, {@code $0.0208}. */
  static String price(java.math.BigDecimal p, String currency) {
    java.math.BigDecimal s = p.stripTrailingZeros();
    int scale = Math.max(2, Math.min(6, s.scale()));
    String digits = new Money(p, currency).display(scale);
    return digits;
  }
}
