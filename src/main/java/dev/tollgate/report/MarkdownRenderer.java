package dev.tollgate.report;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.ResourceDiff;
import java.util.List;

/**
 * Markdown for any place that renders it (a wiki page, a CI summary): the overall change, a table per
 * project of the resources that change, and what each cost is made of in a collapsed section.
 */
public final class MarkdownRenderer {

  public String render(Estimate e) {
    String cur = e.currency();
    StringBuilder out = new StringBuilder();
    out.append("### Tollgate estimate\n\n");
    out.append("**Monthly cost change: ").append(Format.signed(e.diffMonthly().amount(), cur)).append("** (")
        .append(Format.money(e.pastMonthly().amount(), cur)).append(" → ")
        .append(Format.money(e.currentMonthly().amount(), cur)).append(")\n\n");
    out.append("| Project | Before | After | Change |\n|---|---:|---:|---:|\n");
    for (ProjectEstimate p : e.projects()) {
      out.append("| ").append(Markdown.code(p.name())).append(" | ").append(Format.money(p.pastMonthly(), cur))
          .append(" | ").append(Format.money(p.currentMonthly(), cur)).append(" | ")
          .append(Format.signed(p.diffMonthly(), cur)).append(" |\n");
    }
    for (ProjectEstimate p : e.projects()) {
      project(out, p, cur);
    }
    return out.toString();
  }

  private void project(StringBuilder out, ProjectEstimate p, String cur) {
    out.append("\n#### ").append(Markdown.code(p.name())).append("\n\n");
    if (p.diffs().isEmpty()) {
      out.append("No resources change.\n");
    } else {
      out.append("| Resource | Action | Before | After | Change |\n|---|---|---:|---:|---:|\n");
      for (ResourceDiff d : p.diffs()) {
        out.append("| ").append(Markdown.code(d.address())).append(" | ").append(d.action().label()).append(" | ")
            .append(Format.money(d.monthlyBefore(), cur)).append(" | ").append(Format.money(d.monthlyAfter(), cur))
            .append(" | ").append(Format.signed(d.monthlyDelta(), cur)).append(" |\n");
      }
      out.append("\n<details><summary>What the costs are made of</summary>\n\n");
      for (ResourceDiff d : p.diffs()) {
        if (!d.either().isPriced()) {
          continue;
        }
        out.append("- ").append(Markdown.code(d.address())).append('\n');
        for (CostLines.Line l : CostLines.of(d, cur)) {
          out.append("  ".repeat(l.depth() + 1)).append("- ").append(Markdown.escape(l.label()));
          if (!l.arithmetic().isEmpty()) {
            out.append(": ").append(Markdown.escape(l.arithmetic()));
            if (!l.cost().isEmpty()) {
              out.append(" = ").append(l.cost().replace("$", "\\$"));
            }
          }
          out.append('\n');
        }
      }
      out.append("\n</details>\n");
    }
    Counts c = Counts.of(p);
    out.append("\n").append(c.total()).append(c.total() == 1 ? " resource: " : " resources: ").append(c.priced())
        .append(" priced, ").append(c.free()).append(" free, ").append(c.unsupported()).append(" not supported.\n");
    List<String> unsupported = Notes.unsupported(p);
    List<String> notes = Notes.of(p);
    if (!unsupported.isEmpty() || !notes.isEmpty()) {
      out.append("\n<details><summary>Notes</summary>\n\n");
      unsupported.forEach(u -> out.append("- Not supported: ").append(Markdown.escape(u)).append('\n'));
      notes.forEach(n -> out.append("- ").append(Markdown.escape(n)).append('\n'));
      out.append("\n</details>\n");
    }
  }
}
