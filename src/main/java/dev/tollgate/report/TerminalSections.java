package dev.tollgate.report;

import dev.tollgate.model.Hint;
import dev.tollgate.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The verdict and hints under the terminal table. */
final class TerminalSections {

  private TerminalSections() {}

  static void verdict(StringBuilder out, Review r, Ansi a) {
    Verdict v = r.verdict();
    if (r.configSource().isEmpty() && v.reasons().isEmpty()) {
      return;
    }
    String level = v.level().label().toUpperCase(java.util.Locale.ROOT);
    String head = v.level() == Verdict.Level.FAIL ? a.red(level) : v.level() == Verdict.Level.WARN ? a.yellow(level) : a.green(level);
    out.append(a.bold("Budget check: ")).append(head);
    if (!r.configSource().isEmpty()) {
      out.append(" (").append(Ansi.plain(r.configSource())).append(')');
    }
    out.append('\n');
    v.exemptedBy().ifPresent(l -> out.append(" The label ").append(Ansi.plain(l))
        .append(" approves the cost: the failure counts as a warning.\n"));
    for (Verdict.Reason reason : v.reasons()) {
      String mark = reason.level() == Verdict.Level.FAIL ? a.red("✖") : a.yellow("!");
      String who = reason.project().isEmpty() ? "all projects" : reason.project();
      if (!reason.resource().isEmpty()) {
        who += " " + reason.resource();
      }
      out.append(' ').append(mark).append(' ').append(Ansi.plain(who)).append(": ").append(Ansi.plain(reason.message()))
          .append(" [").append(reason.rule()).append("]\n");
    }
    out.append('\n');
  }

  static void hints(StringBuilder out, List<Hint> hints, Ansi a) {
    if (hints.isEmpty()) {
      return;
    }
    List<Hint> sorted = new ArrayList<>(hints);
    sorted.sort(Comparator.comparing((Hint h) -> h.monthlySavings().amount()).reversed());
    out.append(a.bold("Savings hints: up to " + CommentSections.HintsSection.headline(hints))).append('\n');
    for (Hint h : sorted) {
      out.append(' ').append(Ansi.plain(h.target())).append(": ").append(Ansi.plain(h.from())).append(" → ")
          .append(Ansi.plain(h.to())).append(" saves ")
          .append(a.green(CommentSections.HintsSection.saving(h.monthlySavings(), h.estimate()))).append('\n');
      out.append("   ").append(Ansi.plain(h.why())).append('\n');
      for (String c : h.caveats()) {
        out.append("   ").append(a.yellow("! " + Ansi.plain(c))).append('\n');
      }
    }
    out.append('\n');
  }
}
