package dev.tollgate.report;

import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.ResourceDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table: per project, every resource that changes with its monthly cost before, after
 * and the difference, what each cost is made of, the totals, what is free or not supported, and the
 * notes (assumed regions, assumptions, targeted plans). Text from the plan has its control characters
 * (terminal escape sequences among them) replaced, so a resource name cannot rewrite the screen.
 */
public final class TableRenderer {

  private static final int MONEY = 13;

  /** The table, then the verdict (when a configuration was applied) and the hints; colour on request. */
  public String render(Review review, boolean color) {
    StringBuilder out = new StringBuilder(render(review.estimate()));
    Ansi a = new Ansi(color);
    TerminalSections.verdict(out, review, a);
    TerminalSections.hints(out, review.hints(), a);
    return out.toString();
  }

  public String render(Estimate e) {
    StringBuilder out = new StringBuilder();
    String cur = e.currency();
    for (ProjectEstimate p : e.projects()) {
      renderProject(out, p, cur);
    }
    if (e.projects().size() > 1) {
      out.append(String.format("%nAll projects: monthly cost %s → %s (%s)%n",
          Format.money(e.pastMonthly().amount(), cur), Format.money(e.currentMonthly().amount(), cur),
          Format.signed(e.diffMonthly().amount(), cur)));
    }
    return out.toString();
  }

  private void renderProject(StringBuilder out, ProjectEstimate p, String cur) {
    out.append("Project: ").append(Ansi.plain(p.name())).append('\n').append('\n');
    List<String[]> rows = new ArrayList<>();
    for (ResourceDiff d : p.diffs()) {
      rows.add(new String[] {Ansi.plain(d.address()), d.action().label(), Format.money(d.monthlyBefore(), cur),
          Format.money(d.monthlyAfter(), cur), Format.signed(d.monthlyDelta(), cur)});
    }
    int nameWidth = "Resource".length();
    for (String[] r : rows) {
      nameWidth = Math.max(nameWidth, r[0].length());
    }
    for (ResourceDiff d : p.diffs()) {
      for (CostLines.Line l : CostLines.of(d, cur)) {
        nameWidth = Math.max(nameWidth, l.tree().length() + l.label().length());
      }
    }
    nameWidth = Math.min(nameWidth, 72);
    String header = String.format(" %-" + nameWidth + "s  %-8s %" + MONEY + "s %" + MONEY + "s %" + MONEY + "s",
        "Resource", "Action", "Before", "After", "Change");
    out.append(header).append('\n');
    out.append(' ').append("─".repeat(header.length() - 1)).append('\n');
    if (p.diffs().isEmpty()) {
      out.append(" No resources change.\n");
    }
    for (int i = 0; i < p.diffs().size(); i++) {
      String[] r = rows.get(i);
      out.append(String.format(" %-" + nameWidth + "s  %-8s %" + MONEY + "s %" + MONEY + "s %" + MONEY + "s%n",
          clip(r[0], nameWidth), r[1], r[2], r[3], r[4]));
      ResourceDiff d = p.diffs().get(i);
      if (d.either().isPriced()) {
        for (CostLines.Line l : CostLines.of(d, cur)) {
          String label = clip(l.tree() + Ansi.plain(l.label()), nameWidth);
          if (l.arithmetic().isEmpty()) {
            out.append(' ').append(label).append('\n');
            continue;
          }
          String line = String.format(" %-" + nameWidth + "s  %-" + (9 + 2 * MONEY) + "s %" + MONEY + "s",
              label, Ansi.plain(l.arithmetic()), l.cost());
          out.append(line.stripTrailing()).append('\n');
        }
      } else {
        out.append("    └─ ").append(Ansi.plain(outcomeText(d.either()))).append('\n');
      }
    }
    out.append(' ').append("─".repeat(header.length() - 1)).append('\n');
    out.append(String.format(" %-" + nameWidth + "s  %-8s %" + MONEY + "s %" + MONEY + "s %" + MONEY + "s%n",
        "Monthly total", "", Format.money(p.pastMonthly(), cur), Format.money(p.currentMonthly(), cur),
        Format.signed(p.diffMonthly(), cur)));
    out.append('\n');
    summary(out, p);
  }

  private static String outcomeText(CostedResource r) {
    if (r.outcome() instanceof Outcome.Free) {
      return "free: " + ((Outcome.Free) r.outcome()).reason();
    }
    return "not supported: " + ((Outcome.Unsupported) r.outcome()).reason();
  }

  static void summary(StringBuilder out, ProjectEstimate p) {
    Counts c = Counts.of(p);
    out.append(String.format(" %d resource%s in the plan: %d priced, %d free, %d not supported%n",
        c.total(), c.total() == 1 ? "" : "s", c.priced(), c.free(), c.unsupported()));
    List<String> unsupported = Notes.unsupported(p);
    if (!unsupported.isEmpty()) {
      out.append(" Not supported:\n");
      unsupported.forEach(u -> out.append("   ").append(Ansi.plain(u)).append('\n'));
    }
    List<String> notes = Notes.of(p);
    if (!notes.isEmpty()) {
      out.append(" Notes:\n");
      notes.forEach(n -> out.append("   ").append(Ansi.plain(n)).append('\n'));
    }
    out.append('\n');
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
