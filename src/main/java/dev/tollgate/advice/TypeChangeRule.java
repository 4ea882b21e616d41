package dev.tollgate.advice;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the rules that change a machine type share (previous generation to current, GCP n1 to n2/e2,
 * Azure v3 to v5): each place a resource names a type ({@link TypeSlot}) is re-priced with every
 * candidate the subclass names, in the resource's region, through the estimate's pricers; the
 * cheapest candidate that saves becomes the hint. A candidate the catalog does not price there is
 * skipped, so there is never a hint without a priced saving.
 */
abstract class TypeChangeRule implements Rule {

  /** The places this resource names a machine type that the rule looks at. */
  abstract List<TypeSlot> slots(CostedResource resource, Context context);

  /** Types to try instead of the slot's, oldest first: at an equal saving the newer one wins. */
  abstract List<String> candidates(TypeSlot slot, Context context);

  /** What {@code to} is to {@code from}, as the start of a sentence the prices finish. */
  abstract String what(String from, String to);

  abstract List<String> caveats(TypeSlot slot, String to, Context context);

  /**
   * The saving to show for {@code candidate}, given the saving of the two estimates ({@code repriced});
   * that saving by default. A rule whose estimate prices are only an upper bound (GCP's list prices
   * before the sustained-use discount) may show less, or nothing.
   */
  Optional<Money> saving(TypeSlot slot, String candidate, CostedResource now, Money repriced, Context context) {
    return Optional.of(repriced);
  }

  /** Other values (paths in the slot's holder) the proposal sets to keep the machine's behaviour; none by default. */
  Map<List<String>, Value> alsoSet(TypeSlot slot, String candidate) {
    return Map.of();
  }

  @Override
  public final List<Hint> check(CostedResource costed, Context context) {
    List<Hint> out = new ArrayList<>();
    for (TypeSlot slot : slots(costed, context)) {
      CostedResource best = null;
      String bestType = null;
      Money bestSaving = null;
      for (String candidate : candidates(slot, context)) {
        CostedResource proposed = slot.price(candidate, alsoSet(slot, candidate), context);
        Optional<Money> saving = context.saving(costed, proposed).flatMap(m -> saving(slot, candidate, costed, m, context));
        if (saving.isPresent() && (bestSaving == null || saving.get().compareTo(bestSaving) >= 0)) {
          best = proposed;
          bestType = candidate;
          bestSaving = saving.get();
        }
      }
      if (best != null) {
        String from = plain(slot.type());
        out.add(context.hint(this, costed.resource(), slot.part(), from, bestType, bestSaving,
            why(slot, bestType, costed, best, context), caveats(slot, bestType, context)));
      }
    }
    return out;
  }

  /** What the change is and why it is cheaper: {@link #what}, then both hourly prices. */
  String why(TypeSlot slot, String to, CostedResource now, CostedResource proposed, Context context) {
    String from = plain(slot.type());
    String what = what(from, to);
    Optional<BigDecimal> a = hourly(now, from);
    Optional<BigDecimal> b = hourly(proposed, to);
    if (a.isEmpty() || b.isEmpty()) {
      return what + ".";
    }
    return what + " and costs " + InstanceRule.price(b.get(), context.currency()) + "/hour in "
        + now.resource().region().code() + " against " + InstanceRule.price(a.get(), context.currency()) + "/hour for " + from + ".";
  }

  /** The hourly price of the component that bills {@code type}'s hours, wherever it sits in the resource. */
  static Optional<BigDecimal> hourly(CostedResource r, String type) {
    return component(r, c -> c.unit().equals("hours") && c.name().contains(type) && c.unitPrice().isPresent())
        .flatMap(CostComponent::unitPrice);
  }

  /** The first component, of the resource or any of its sub-resources, that {@code which} accepts. */
  static Optional<CostComponent> component(CostedResource r, Predicate<CostComponent> which) {
    return component(r.components(), r.subresources(), which);
  }

  private static Optional<CostComponent> component(List<CostComponent> components, List<SubResource> subs,
      Predicate<CostComponent> which) {
    for (CostComponent c : components) {
      if (which.test(c)) {
        return Optional.of(c);
      }
    }
    for (SubResource s : subs) {
      Optional<CostComponent> found = component(s.components(), s.subresources(), which);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** {@code zones/us-central1-a/machineTypes/n1-standard-2} is {@code n1-standard-2}. */
  static String plain(String type) {
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
