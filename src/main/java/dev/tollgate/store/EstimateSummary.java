package dev.tollgate.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the history keeps of one estimate of a pull request: the head commit it was made at, the
 * totals per project, the verdict, and how many resources had no price (left out of the totals).
 */
public record EstimateSummary(String headSha, String currency, List<ProjectTotal> projects, Verdict verdict, int unpriced) {
  public EstimateSummary {
    Objects.requireNonNull(headSha);
    Objects.requireNonNull(verdict);
    if (currency == null || currency.length() != 3) {
      throw new IllegalArgumentException("a currency is a three-letter code, not " + currency);
    }
    projects = List.copyOf(projects);
    if (unpriced < 0) {
      throw new IllegalArgumentException("unpriced resources cannot be negative");
    }
  }

  public BigDecimal monthlyBefore() {
    return projects.stream().map(ProjectTotal::monthlyBefore).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal monthlyAfter() {
    return projects.stream().map(ProjectTotal::monthlyAfter).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
