package dev.tollgate.report;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A standalone HTML report: one file with its styles inline, no scripts, no fonts or anything else
 * fetched (a content security policy forbids it), every string HTML-escaped by the template.
 */
public final class HtmlRenderer {

  record Line(String label, String arithmetic, String cost) {}

  record Resource(String address, String action, String before, String after, String change, String direction,
      List<Line> lines) {}

  record Project(String name, String before, String after, String change, String direction, List<Resource> resources,
      List<String> notes) {
    boolean hasResources() {
      return !resources.isEmpty();
    }
  }

  record Reason(String level, String who, String resource, String message, String rule) {}

  record HintRow(String target, String part, String from, String to, String saving, String why, List<String> caveats) {}

  record View(String headline, String before, String after, String currency, String verdictClass, String verdictTitle,
      String verdictNote, List<Reason> reasons, String hintsTotal, List<HintRow> hints, List<Project> projects) {
    boolean hasReasons() {
      return !reasons.isEmpty();
    }

    boolean hasHints() {
      return !hints.isEmpty();
    }
  }

  public String render(Review review) {
    Estimate e = review.estimate();
    String cur = e.currency();
    List<Project> projects = new ArrayList<>();
    for (ProjectEstimate p : e.projects()) {
      List<Resource> resources = new ArrayList<>();
      for (ResourceDiff d : p.diffs()) {
        List<Line> lines = new ArrayList<>();
        if (d.either().isPriced()) {
          for (CostLines.Line l : CostLines.of(d, cur)) {
            lines.add(new Line("  ".repeat(l.depth()) + l.label(), l.arithmetic(), l.cost()));
          }
        }
        resources.add(new Resource(d.address(), d.action().label(), Format.money(d.monthlyBefore(), cur),
            Format.money(d.monthlyAfter(), cur), Format.signed(d.monthlyDelta(), cur), direction(d.monthlyDelta()), lines));
      }
      List<String> notes = new ArrayList<>();
      Notes.unsupported(p).forEach(u -> notes.add("Not supported: " + u));
      notes.addAll(Notes.of(p));
      projects.add(new Project(p.name(), Format.money(p.pastMonthly(), cur), Format.money(p.currentMonthly(), cur),
          Format.signed(p.diffMonthly(), cur), direction(p.diffMonthly()), resources, notes));
    }
    Verdict v = review.verdict();
    List<Reason> reasons = new ArrayList<>();
    for (Verdict.Reason r : v.reasons()) {
      reasons.add(new Reason(r.level().label(), r.project().isEmpty() ? "All projects" : r.project(), r.resource(),
          r.message(), r.rule()));
    }
    List<HintRow> hints = new ArrayList<>();
    for (Hint h : review.hints()) {
      hints.add(new HintRow(h.address(), h.part(), h.from(), h.to(),
          h.estimate() ? "~" + h.monthlySavings().display() + " (estimate)" : h.monthlySavings().display(), h.why(), h.caveats()));
    }
    String title = v.level() == Verdict.Level.FAIL ? "Budget check failed"
        : v.level() == Verdict.Level.WARN ? "Budget check passed with warnings" : "Budget check passed";
    String note = v.exemptedBy().map(l -> "The label \"" + l + "\" approves the cost: the failure counts as a warning.")
        .orElse(v.reasons().isEmpty() ? "No budget or rule is broken." : "");
    BigDecimal diff = e.diffMonthly().amount();
    String headline = "Monthly cost change: " + Format.signed(diff, cur);
    return Templates.render("report.html", new View(headline, Format.money(e.pastMonthly().amount(), cur),
        Format.money(e.currentMonthly().amount(), cur), cur, v.level().label(), title, note, reasons,
        CommentSections.HintsSection.headline(review.hints()), hints, projects));
  }

  private static String direction(BigDecimal delta) {
    return delta.signum() > 0 ? "up" : delta.signum() < 0 ? "down" : "";
  }
}
