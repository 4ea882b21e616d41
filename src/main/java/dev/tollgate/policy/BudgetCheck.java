package dev.tollgate.policy;

import dev.tollgate.model.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Checks one scope's monthly cost (the whole change or a project) against a budget. */
final class BudgetCheck {

  private final String currency;

  BudgetCheck(String currency) {
    this.currency = currency;
  }

  void check(String rule, String project, Config.Budget budget, BigDecimal past, BigDecimal current,
      List<Verdict.Reason> out) {
    BigDecimal increase = current.subtract(past);
    String who = project.isEmpty() ? "The monthly cost of all projects" : "The monthly cost";
    budget.monthlyIncrease().ifPresent(t -> {
      Verdict.Level level = t.levelOf(increase);
      if (level != Verdict.Level.PASS) {
        out.add(new Verdict.Reason(level, rule + ".monthly_increase", project, "",
            who + " rises by " + money(increase) + " (" + money(past) + " → " + money(current) + "), more than the "
                + level.label() + " limit of " + money(t.limitFor(level)) + "."));
      }
    });
    budget.monthlyIncreasePercent().ifPresent(t -> {
      // A percent of nothing is meaningless: a new project is held to the absolute limits only.
      if (past.signum() <= 0) {
        return;
      }
      BigDecimal percent = increase.multiply(BigDecimal.valueOf(100)).divide(past, 4, RoundingMode.HALF_UP);
      Verdict.Level level = t.levelOf(percent);
      if (level != Verdict.Level.PASS) {
        out.add(new Verdict.Reason(level, rule + ".monthly_increase_percent", project, "",
            who + " rises by " + percent(percent) + " (" + money(past) + " → " + money(current)
                + "), more than the " + level.label() + " limit of " + percent(t.limitFor(level)) + "."));
      }
    });
    budget.monthlyTotal().ifPresent(t -> {
      Verdict.Level level = t.levelOf(current);
      if (level != Verdict.Level.PASS) {
        out.add(new Verdict.Reason(level, rule + ".monthly_total", project, "",
            who + " after the change is " + money(current) + ", more than the " + level.label() + " limit of "
                + money(t.limitFor(level)) + "."));
      }
    });
  }

  private String money(BigDecimal amount) {
    return new dev.tollgate.model.Money(amount, currency).display();
  }

  static String percent(BigDecimal p) {
    DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(p) + "%";
  }
}
