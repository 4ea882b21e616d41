package dev.tollgate.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The whole answer for one run: every project, in one currency. */
public record Estimate(List<ProjectEstimate> projects, String currency, Instant generatedAt) {

  public Estimate {
    projects = List.copyOf(projects);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  public Money pastMonthly() {
    return sum(ProjectEstimate::pastMonthly);
  }

  public Money currentMonthly() {
    return sum(ProjectEstimate::currentMonthly);
  }

  public Money diffMonthly() {
    return currentMonthly().minus(pastMonthly());
  }

  private Money sum(java.util.function.Function<ProjectEstimate, BigDecimal> f) {
    BigDecimal total = BigDecimal.ZERO;
    for (ProjectEstimate p : projects) {
      total = total.add(f.apply(p));
    }
    return new Money(total, currency);
  }
}
