package dev.tollgate.report;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The comment's sections, each rendered from its template in a full or a grouped (shorter) form. */
final class CommentSections {

  private CommentSections() {}

  /** {@code a, b, c and 497 more}. */
  static String names(List<String> all) {
    int shown = Math.min(3, all.size());
    return String.join(", ", all.subList(0, shown)) + (all.size() > shown ? " and " + (all.size() - shown) + " more" : "");
  }

  /** The table of changed projects; beyond {@code maxRows}, the largest changes are kept. */
  record Projects(Estimate e) {
    String render(int maxRows) {
      String cur = e.currency();
      List<ProjectEstimate> changed = new ArrayList<>();
      for (ProjectEstimate p : e.projects()) {
        if (!p.diffs().isEmpty() || p.diffMonthly().signum() != 0) {
          changed.add(p);
        }
      }
      List<ProjectEstimate> shown = changed;
      if (changed.size() > maxRows) {
        shown = new ArrayList<>(changed);
        shown.sort(Comparator.comparing((ProjectEstimate p) -> p.diffMonthly().abs()).reversed());
        shown = shown.subList(0, maxRows);
        List<ProjectEstimate> keep = shown;
        shown = changed.stream().filter(keep::contains).toList();
      }
      List<CommentViews.Row> rows = new ArrayList<>();
      for (ProjectEstimate p : shown) {
        BigDecimal usageBefore = p.past().totals().monthlyUsage();
        BigDecimal usageAfter = p.current().totals().monthlyUsage();
        BigDecimal usage = usageAfter.subtract(usageBefore);
        boolean hasUsage = usageBefore.signum() != 0 || usageAfter.signum() != 0;
        String percent = Amounts.percent(p.pastMonthly(), p.diffMonthly());
        rows.add(new CommentViews.Row(Amounts.middle(p.name(), 64),
            Amounts.signed(p.diffMonthly().subtract(usage), cur),
            hasUsage ? Amounts.signed(usage, cur) : "-",
            Amounts.signed(p.diffMonthly(), cur) + (percent.isEmpty() ? "" : " (" + percent + ")"),
            Amounts.money(p.currentMonthly(), cur)));
      }
      List<String> notes = new ArrayList<>();
      if (shown.size() < changed.size()) {
        notes.add((changed.size() - shown.size()) + " more changed projects are not listed (the comment has a size limit); "
            + "the headline total includes them.");
      }
      int unchanged = e.projects().size() - changed.size();
      if (unchanged > 0) {
        notes.add(unchanged == 1 ? "1 project has no cost change." : unchanged + " projects have no cost change.");
      }
      return Templates.render("projects", new CommentViews.Projects(rows, String.join(" ", notes)));
    }
  }

  /** The verdict and its reasons; grouped, reasons about resources are counted per rule. */
  record VerdictSection(Verdict v) {
    String render(boolean grouped) {
      String icon = icon(v.level());
      String title = v.level() == Verdict.Level.FAIL ? "Budget check failed"
          : v.level() == Verdict.Level.WARN ? "Budget check passed with warnings" : "Budget check passed";
      String note = v.exemptedBy().map(l -> "This change breaks a budget or rule, but the label \"" + l
          + "\" approves the cost: the failure counts as a warning.").orElse(v.reasons().isEmpty() ? "No budget or rule is broken." : "");
      List<CommentViews.Reason> rows = new ArrayList<>();
      Map<String, List<Verdict.Reason>> byRule = new LinkedHashMap<>();
      for (Verdict.Reason r : v.reasons()) {
        if (grouped && !r.resource().isEmpty()) {
          byRule.computeIfAbsent(r.level() + " " + r.rule(), k -> new ArrayList<>()).add(r);
        } else {
          rows.add(new CommentViews.Reason(icon(r.level()), r.project().isEmpty() ? "All projects" : r.project(),
              r.resource(), r.message(), r.rule()));
        }
      }
      byRule.forEach((k, rs) -> rows.add(new CommentViews.Reason(icon(rs.get(0).level()),
          rs.size() + (rs.size() == 1 ? " resource" : " resources"), "",
          rs.get(0).message() + " (" + names(rs.stream().map(r -> r.resource()).distinct().toList()) + ")",
          rs.get(0).rule())));
      return Templates.render("verdict", new CommentViews.Verdict(icon, title, note, rows));
    }

    static String icon(Verdict.Level l) {
      return l == Verdict.Level.FAIL ? "❌" : l == Verdict.Level.WARN ? "⚠️" : "✅";
    }
  }

  /** The hints, largest saving first; grouped, one line per kind of change. */
  record HintsSection(List<Hint> hints) {
    String render(boolean grouped) {
      if (hints.isEmpty()) {
        return "";
      }
      List<Hint> sorted = new ArrayList<>(hints);
      sorted.sort(Comparator.comparing((Hint h) -> h.monthlySavings().amount()).reversed());
      List<CommentViews.HintRow> rows = new ArrayList<>();
      if (!grouped) {
        for (Hint h : sorted) {
          rows.add(new CommentViews.HintRow(true, h.address(), h.part(), h.from(), h.to(), saving(h.monthlySavings(), h.estimate()),
              h.why(), h.caveats()));
        }
      } else {
        Map<String, List<Hint>> byChange = new LinkedHashMap<>();
        sorted.forEach(h -> byChange.computeIfAbsent(h.rule() + " " + h.from() + " " + h.to(), k -> new ArrayList<>()).add(h));
        byChange.forEach((k, hs) -> rows.add(new CommentViews.HintRow(false,
            hs.size() + (hs.size() == 1 ? " resource" : " resources"), "", hs.get(0).from(), hs.get(0).to(),
            saving(total(hs), hs.get(0).estimate()), hs.get(0).why() + " (" + names(hs.stream().map(Hint::target).toList()) + ")",
            hs.get(0).caveats())));
      }
      return Templates.render("hints", new CommentViews.Hints(headline(hints), rows));
    }

    /** {@code $12.41/mo}; a saving that rests on an assumption reads {@code ~$140.16/mo (estimate)} everywhere. */
    static String saving(Money m, boolean estimate) {
      return estimate ? "~" + m.display() + "/mo (estimate)" : m.display() + "/mo";
    }

    /** What the hints save together ({@link #best}), saying so when estimates are part of it. */
    static String headline(List<Hint> hints) {
      return best(hints).display() + "/mo" + (hints.stream().anyMatch(Hint::estimate) ? " (includes estimates)" : "");
    }

    /** Alternatives for one resource part do not add up: the best of them counts. */
    static Money best(List<Hint> hints) {
      Map<String, Money> byTarget = new LinkedHashMap<>();
      for (Hint h : hints) {
        byTarget.merge(h.project() + "\n" + h.target(), h.monthlySavings(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
      return total(byTarget.values());
    }

    private static Money total(java.util.Collection<?> items) {
      Money sum = null;
      for (Object o : items) {
        Money m = o instanceof Hint ? ((Hint) o).monthlySavings() : (Money) o;
        sum = sum == null ? m : sum.plus(m);
      }
      return sum == null ? Money.ZERO : sum;
    }
  }
}
