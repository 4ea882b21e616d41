package dev.tollgate.report;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource's cost make-up as lines both the table and the markdown render: each component as
 * {@code quantity unit × unit price = monthly cost}, or why it has no cost yet.
 */
final class CostLines {

  /**
   * One line of a resource's make-up: its depth in the tree, label, and the arithmetic.
   *
   * @param tree the tree drawing before the label in a terminal: {@code ├─ }, {@code │  └─ }
   */
  record Line(int depth, String tree, String label, String arithmetic, String cost) {}

  private CostLines() {}

  static List<Line> of(ResourceDiff d, String currency) {
    CostedResource side = d.after().orElseGet(() -> d.before().orElseThrow());
    List<Line> out = new ArrayList<>();
    add(out, 0, "", side.components(), side.subresources(), currency);
    return out;
  }

  private static void add(List<Line> out, int depth, String indent, List<CostComponent> comps, List<SubResource> subs,
      String currency) {
    int count = comps.size() + subs.size();
    int i = 0;
    for (CostComponent c : comps) {
      boolean last = ++i == count;
      out.add(line(depth, indent + (last ? "└─ " : "├─ "), c, currency));
    }
    for (SubResource s : subs) {
      boolean last = ++i == count;
      out.add(new Line(depth, indent + (last ? "└─ " : "├─ "), s.name(), "", ""));
      add(out, depth + 1, indent + (last ? "   " : "│  "), s.components(), s.subresources(), currency);
    }
  }

  static Line line(int depth, String tree, CostComponent c, String currency) {
    if (c.price() instanceof UnitPrice.Missing) {
      if (c.monthlyCost().isPresent()) {
        return new Line(depth, tree, c.name(), Format.quantity(c.monthlyQuantity().orElseThrow()) + " " + c.unit(),
            Format.money(c.monthlyCost().get(), currency));
      }
      return new Line(depth, tree, c.name(), "no price (see notes)", "");
    }
    String price = Format.unitPrice(c.unitPrice().orElseThrow(), currency);
    if (c.monthlyQuantity().isEmpty()) {
      return new Line(depth, tree, c.name(), "depends on usage: " + price + " per " + c.unit(), "");
    }
    return new Line(depth, tree, c.name(),
        Format.quantity(c.monthlyQuantity().get()) + " " + c.unit() + " × " + price,
        Format.money(c.monthlyCost().orElseThrow(), currency));
  }
}
