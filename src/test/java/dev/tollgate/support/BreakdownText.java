package dev.tollgate.support;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.report.Format;
import java.util.List;

/**
 * A pricer golden's text: every resource of the current side with each component's quantity, unit,
 * unit price and monthly cost at full precision, its region, what was assumed, and the total. Plain
 * enough to read in a diff, exact enough that any change in a price or a quantity shows.
 */
public final class BreakdownText {

  private BreakdownText() {}

  public static String of(ProjectEstimate e) {
    StringBuilder b = new StringBuilder();
    for (CostedResource r : e.current().resources()) {
      b.append(r.address()).append("  [").append(r.resource().region().code()).append(']');
      if (r.outcome() instanceof Outcome.Free) {
        b.append("  free: ").append(((Outcome.Free) r.outcome()).reason()).append('\n');
        continue;
      }
      if (r.outcome() instanceof Outcome.Unsupported) {
        b.append("  not supported: ").append(((Outcome.Unsupported) r.outcome()).reason()).append('\n');
        continue;
      }
      b.append("  ").append(Format.money(r.monthlyCost(), "USD")).append('\n');
      components(b, "  ", r.components(), r.subresources());
      for (String a : r.assumptions()) {
        b.append("  assumed: ").append(a).append('\n');
      }
    }
    b.append("TOTAL ").append(Format.money(e.currentMonthly(), "USD")).append('\n');
    return b.toString();
  }

  private static void components(StringBuilder b, String indent, List<CostComponent> comps, List<SubResource> subs) {
    for (CostComponent c : comps) {
      b.append(indent).append(c.name()).append(" | ");
      b.append(c.monthlyQuantity().map(q -> q.stripTrailingZeros().toPlainString()).orElse("?")).append(' ').append(c.unit());
      if (c.price() instanceof UnitPrice.Found) {
        b.append(" x ").append(((UnitPrice.Found) c.price()).perUnit().stripTrailingZeros().toPlainString());
        b.append(" = ").append(c.monthlyCost().map(m -> Format.money(m, "USD")).orElse("depends on usage"));
      } else {
        b.append(" | no price: ").append(((UnitPrice.Missing) c.price()).reason());
      }
      b.append(c.usageBased() ? " (usage)" : "").append('\n');
    }
    for (SubResource s : subs) {
      b.append(indent).append(s.name()).append('\n');
      components(b, indent + "  ", s.components(), s.subresources());
    }
  }
}
