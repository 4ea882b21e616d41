package dev.tollgate.policy;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A configuration applied to an estimate: every budget and rule broken becomes a reason, the worst
 * reason sets the verdict, and the exemption label (when the pull request carries it) turns a fail
 * into a warn. Pure: the same inputs give the same verdict.
 */
public final class Policy {

  private final Config config;

  public Policy(Config config) {
    this.config = config;
  }

  /** @param labels the pull request's labels, for the exemption */
  public Verdict evaluate(Estimate estimate, Collection<String> labels) {
    List<Verdict.Reason> reasons = new ArrayList<>();
    BudgetCheck budgets = new BudgetCheck(estimate.currency());
    budgets.check("budgets.overall", "", config.budgets().overall(), estimate.pastMonthly().amount(),
        estimate.currentMonthly().amount(), reasons);
    ResourceRules rules = new ResourceRules(config.rules());
    for (ProjectEstimate p : estimate.projects()) {
      Config.Budget own = config.projects().stream().filter(c -> c.name().equals(p.name())).findFirst()
          .map(Config.Project::budget).orElse(Config.Budget.NONE);
      boolean hasOwn = !own.equals(Config.Budget.NONE);
      budgets.check(hasOwn ? "projects[" + p.name() + "].budget" : "budgets.per_project", p.name(),
          config.budgets().perProject().under(own), p.pastMonthly(), p.currentMonthly(), reasons);
      rules.check(p, reasons);
    }
    reasons.sort(Comparator.comparing(Verdict.Reason::level).reversed());
    Verdict.Level level = reasons.stream().map(Verdict.Reason::level).reduce(Verdict.Level.PASS, Verdict.Level::worse);
    Optional<String> exemptedBy = Optional.empty();
    if (level == Verdict.Level.FAIL && !config.exemptionLabel().isEmpty()) {
      exemptedBy = labels.stream().filter(l -> l.strip().equalsIgnoreCase(config.exemptionLabel())).findFirst()
          .map(l -> config.exemptionLabel());
      if (exemptedBy.isPresent()) {
        level = Verdict.Level.WARN;
      }
    }
    return new Verdict(level, reasons, exemptedBy);
  }
}
