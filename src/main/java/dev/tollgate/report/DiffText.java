package dev.tollgate.report;

import dev.tollgate.model.Action;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.SubResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Estimate details" text of a comment, in the shape of {@code infracost diff}: per project, each
 * resource that changes (largest change first) with its components' changes, then the project's
 * total. Everything from the pull request goes through {@link Markdown#line}, since the text sits in
 * a code block. Stops before {@code maxChars} and says how much was left out, so a long estimate
 * never crowds out the totals, verdict and hints.
 */
final class DiffText {

  static final String RULE = "──────────────────────────────────";

  private final String currency;

  DiffText(String currency) {
    this.currency = currency;
  }

  /** The text, at most {@code maxChars} long including the note on what was cut. */
  String render(List<ProjectEstimate> projects, int maxChars) {
    StringBuilder out = new StringBuilder("Key: * usage cost, ~ changed, + added, - removed\n");
    int total = projects.stream().mapToInt(p -> p.diffs().size()).sum();
    int shown = 0;
    String cutNote = "\n… %d of %d resources not shown: the comment has a size limit. Run `tollgate estimate` for all of them.\n";
    int reserve = cutNote.length() + 20;
    for (ProjectEstimate p : projects) {
      if (p.diffs().isEmpty()) {
        continue;
      }
      String head = "\n" + RULE + "\nProject: " + Markdown.line(p.name()) + "\n";
      String foot = "\nMonthly cost change for " + Markdown.line(p.name()) + "\nAmount:  "
          + Amounts.signed(p.diffMonthly(), currency) + " (" + Amounts.money(p.pastMonthly(), currency) + " → "
          + Amounts.money(p.currentMonthly(), currency) + ")\n"
          + (Amounts.percent(p.pastMonthly(), p.diffMonthly()).isEmpty() ? "" : "Percent: " + Amounts.percent(p.pastMonthly(), p.diffMonthly()) + "\n");
      if (out.length() + head.length() + foot.length() + reserve > maxChars) {
        break;
      }
      out.append(head);
      for (ResourceDiff d : sorted(p.diffs())) {
        String block = resource(d);
        if (out.length() + block.length() + foot.length() + reserve > maxChars) {
          break;
        }
        out.append(block);
        shown++;
      }
      out.append(foot);
    }
    if (shown < total) {
      out.append(String.format(cutNote, total - shown, total));
    }
    return out.toString();
  }

  private static List<ResourceDiff> sorted(List<ResourceDiff> diffs) {
    List<ResourceDiff> out = new ArrayList<>(diffs);
    out.sort(Comparator.comparing((ResourceDiff d) -> d.monthlyDelta().abs()).reversed());
    return out;
  }

  private String resource(ResourceDiff d) {
    StringBuilder b = new StringBuilder("\n");
    b.append(symbol(d.action())).append(' ').append(Markdown.line(d.address())).append('\n');
    b.append("  ").append(change(d.monthlyBefore(), d.monthlyAfter(), d.action())).append('\n');
    List<CostComponent> before = d.before().map(CostedResource::components).orElse(List.of());
    List<CostComponent> after = d.after().map(CostedResource::components).orElse(List.of());
    components(b, "    ", before, after, d.action());
    Map<String, SubResource[]> subs = new LinkedHashMap<>();
    d.before().ifPresent(r -> r.subresources().forEach(s -> subs.computeIfAbsent(s.name(), k -> new SubResource[2])[0] = s));
    d.after().ifPresent(r -> r.subresources().forEach(s -> subs.computeIfAbsent(s.name(), k -> new SubResource[2])[1] = s));
    for (Map.Entry<String, SubResource[]> e : subs.entrySet()) {
      List<CostComponent> sb = e.getValue()[0] == null ? List.of() : e.getValue()[0].components();
      List<CostComponent> sa = e.getValue()[1] == null ? List.of() : e.getValue()[1].components();
      StringBuilder inner = new StringBuilder();
      Action sub = e.getValue()[0] == null ? Action.CREATE : e.getValue()[1] == null ? Action.DELETE : d.action();
      components(inner, "        ", sb, sa, sub);
      if (inner.length() > 0) {
        b.append('\n').append("    ").append(symbol(sub)).append(' ').append(Markdown.line(e.getKey())).append("\n    ");
        b.append(inner);
      }
    }
    return b.toString();
  }

  /** Components paired by name, or by the text around what changed ({@code m5.large → m5.4xlarge}). */
  private void components(StringBuilder b, String indent, List<CostComponent> before, List<CostComponent> after, Action action) {
    List<CostComponent> unmatched = new ArrayList<>(before);
    for (CostComponent a : after) {
      Optional<CostComponent> same = unmatched.stream().filter(c -> c.name().equals(a.name())).findFirst()
          .or(() -> unmatched.stream().filter(c -> stem(c.name()).equals(stem(a.name()))).findFirst());
      same.ifPresent(unmatched::remove);
      BigDecimal was = same.flatMap(CostComponent::monthlyCost).orElse(BigDecimal.ZERO);
      BigDecimal now = a.monthlyCost().orElse(BigDecimal.ZERO);
      if (same.isPresent() && was.compareTo(now) == 0 && same.get().name().equals(a.name())) {
        continue;
      }
      Action act = same.isEmpty() ? Action.CREATE : action == Action.REPLACE ? Action.REPLACE : Action.UPDATE;
      String name = same.map(s -> renamed(s.name(), a.name())).orElse(a.name());
      line(b, indent, act, name + (a.usageBased() ? " *" : ""), was, now, same.isPresent());
    }
    for (CostComponent c : unmatched) {
      line(b, indent, Action.DELETE, c.name() + (c.usageBased() ? " *" : ""), c.monthlyCost().orElse(BigDecimal.ZERO),
          BigDecimal.ZERO, false);
    }
  }

  private void line(StringBuilder b, String indent, Action a, String name, BigDecimal was, BigDecimal now, boolean both) {
    b.append('\n').append(indent).append(symbol(a)).append(' ').append(Markdown.line(name)).append('\n')
        .append(indent).append("  ").append(both ? change(was, now, Action.UPDATE) : change(was, now, a)).append('\n');
  }

  private String change(BigDecimal was, BigDecimal now, Action a) {
    BigDecimal delta = now.subtract(was);
    if (a == Action.CREATE || a == Action.DELETE || delta.signum() == 0) {
      return delta.signum() == 0 ? Amounts.money(delta, currency) : Amounts.signed(delta, currency);
    }
    return Amounts.signed(delta, currency) + " (" + Amounts.money(was, currency) + " → " + Amounts.money(now, currency) + ")";
  }

  private static String symbol(Action a) {
    switch (a) {
      case CREATE:
        return "+";
      case DELETE:
        return "-";
      default:
        return "~";
    }
  }

  /** The name without its last bracketed detail: what two versions of one component share. */
  private static String stem(String name) {
    int comma = name.lastIndexOf(", ");
    int open = name.lastIndexOf('(');
    int cut = Math.max(comma, open);
    return cut < 0 ? name : name.substring(0, cut);
  }

  /** {@code Instance usage (Linux/UNIX, on-demand, m5.large → m5.4xlarge)}. */
  static String renamed(String before, String after) {
    if (before.equals(after)) {
      return after;
    }
    int p = 0;
    while (p < Math.min(before.length(), after.length()) && before.charAt(p) == after.charAt(p)) {
      p++;
    }
    while (p > 0 && " (,".indexOf(before.charAt(p - 1)) < 0) {
      p--;
    }
    int s = 0;
    while (s < Math.min(before.length(), after.length()) - p
        && before.charAt(before.length() - 1 - s) == after.charAt(after.length() - 1 - s)) {
      s++;
    }
    while (s > 0 && "),".indexOf(before.charAt(before.length() - s)) < 0) {
      s--;
    }
    return after.substring(0, p) + before.substring(p, before.length() - s) + " → "
        + after.substring(p, after.length() - s) + after.substring(after.length() - s);
  }
}
