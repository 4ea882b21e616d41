package dev.tollgate.advice;

import dev.tollgate.model.Action;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.References;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules over the resources a change creates or modifies (what it does not touch is not the
 * pull request's business) and collects their hints, in the project's resource order.
 */
public final class Advisor {

  private final List<Rule> rules;
  private final PricerRegistry registry;
  private final Prices prices;

  public Advisor(PricerRegistry registry, Prices prices) {
    this(Rules.ALL, registry, prices);
  }

  Advisor(List<Rule> rules, PricerRegistry registry, Prices prices) {
    this.rules = List.copyOf(rules);
    this.registry = registry;
    this.prices = prices;
  }

  public List<Hint> advise(ProjectEstimate project, UsageFile usage, String currency) {
    return advise(project, usage, currency, References.NONE);
  }

  /**
   * @param references the input's references between resources (the change set's), so proposals
   *     are priced with the same related resources as the estimate (a group's launch template)
   */
  public List<Hint> advise(ProjectEstimate project, UsageFile usage, String currency, References references) {
    Context context = new Context(project, registry, prices, usage, currency, references);
    List<Hint> out = new ArrayList<>();
    for (ResourceDiff d : project.diffs()) {
      if (d.after().isEmpty() || d.action() == Action.DELETE || !d.after().get().isPriced()) {
        continue;
      }
      CostedResource r = d.after().get();
      for (Rule rule : rules) {
        if (rule.resourceTypes().contains(r.resource().type())) {
          out.addAll(rule.check(r, context));
        }
      }
    }
    return out;
  }
}
