package dev.tollgate.server;

import dev.tollgate.store.HistoryEntry;
import dev.tollgate.store.ProjectTotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository's monthly cost over its merged changes. Each merge sets the cost of the projects it
 * touched to their new (head) totals; the repository's cost after it is the sum over every project
 * seen so far, so a change to one project does not make the others vanish from the line.
 */
record CostTrend(String currency, List<Point> points) {

  /** The repository's cost right after one merged pull request. */
  record Point(Instant at, long number, BigDecimal monthly, BigDecimal delta) {}

  static CostTrend of(List<HistoryEntry> mergedOldestFirst) {
    Map<String, BigDecimal> projects = new LinkedHashMap<>();
    List<Point> points = new ArrayList<>();
    String currency = "USD";
    for (HistoryEntry e : mergedOldestFirst) {
      currency = e.summary().currency();
      for (ProjectTotal p : e.summary().projects()) {
        projects.put(p.name(), p.monthlyAfter());
      }
      BigDecimal total = projects.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      points.add(new Point(e.at(), e.number(), total, e.summary().monthlyAfter().subtract(e.summary().monthlyBefore())));
    }
    return new CostTrend(currency, points);
  }
}
