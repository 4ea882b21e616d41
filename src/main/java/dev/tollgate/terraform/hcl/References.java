package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * References and traversals: {@code var.x}, {@code local.x}, {@code module.m.out},
 * {@code data.t.n.attr}, {@code aws_instance.web[0].id}, {@code each.value}, {@code count.index},
 * {@code path.module}, with attribute and index steps, the 0.11 {@code .0.} index and splats
 * ({@code xs[*].id}, {@code xs.*.id}).
 */
final class References {

  /** One step of a traversal. */
  private sealed interface Step permits Attr, Idx, Splat {}

  private record Attr(String name) implements Step {}

  private record Idx(Expression key, Value literal) implements Step {}

  private record Splat(boolean full) implements Step {}

  private final Evaluation ev;
  private final Evaluator evaluator;

  References(Evaluation ev, Evaluator evaluator) {
    this.ev = ev;
    this.evaluator = evaluator;
  }

  Value eval(Expression e, Scope s) {
    List<Step> steps = new ArrayList<>();
    Expression cur = e;
    while (true) {
      if (cur instanceof Hcl.AttributeAccess) {
        Hcl.AttributeAccess a = (Hcl.AttributeAccess) cur;
        steps.add(new Attr(a.getPadding().getName().getElement().getName()));
        cur = a.getAttribute();
      } else if (cur instanceof Hcl.Index) {
        Hcl.Index ix = (Hcl.Index) cur;
        steps.add(new Idx(ix.getPosition().getPosition(), null));
        cur = ix.getIndexed();
      } else if (cur instanceof Hcl.LegacyIndexAttributeAccess) {
        Hcl.LegacyIndexAttributeAccess l = (Hcl.LegacyIndexAttributeAccess) cur;
        steps.add(new Idx(null, legacyIndex(l.getIndex().getValueSource())));
        cur = l.getBase().getElement();
      } else if (cur instanceof Hcl.Splat) {
        Hcl.Splat sp = (Hcl.Splat) cur;
        steps.add(new Splat(sp.getOperator().getType() == Hcl.Splat.Operator.Type.Full));
        cur = sp.getSelect();
      } else {
        break;
      }
    }
    Collections.reverse(steps);
    String root = rootName(cur);
    if (root == null) {
      if (cur == e) {
        throw new FnException("Tollgate cannot evaluate this kind of expression (" + cur.getClass().getSimpleName() + ")");
      }
      return apply(evaluator.eval(cur, s), steps, 0, s);
    }
    return resolve(root, steps, s);
  }

  private static Value legacyIndex(String text) {
    try {
      return Conv.num(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new FnException("\"" + Conv.abbreviate(text) + "\" is not an index");
    }
  }

  private static String rootName(Expression e) {
    if (e instanceof Hcl.VariableExpression) {
      return ((Hcl.VariableExpression) e).getName().getName();
    }
    if (e instanceof Hcl.Identifier) {
      return ((Hcl.Identifier) e).getName();
    }
    return null;
  }

  private Value resolve(String root, List<Step> steps, Scope s) {
    if (s.binds(root)) {
      return apply(s.name(root), steps, 0, s);
    }
    ModuleInstance m = s.module;
    if (m == null) {
      throw new FnException("\"" + root + "\" cannot be referred to here; only values are allowed");
    }
    switch (root) {
      case "var":
        return apply(m.variable(attr(steps, 0, "var")), steps, 1, s);
      case "local":
        return apply(m.local(attr(steps, 0, "local")), steps, 1, s);
      case "module": {
        String call = attr(steps, 0, "module");
        if (steps.size() > 1 && steps.get(1) instanceof Attr && m.isSingleCall(call)) {
          return apply(m.moduleOutput(call, ((Attr) steps.get(1)).name()), steps, 2, s);
        }
        return apply(m.moduleValue(call), steps, 1, s);
      }
      case "data":
        return apply(m.data(attr(steps, 0, "data"), attr(steps, 1, "data." + attr(steps, 0, "data"))), steps, 2, s);
      case "path": {
        String which = attr(steps, 0, "path");
        switch (which) {
          case "module":
            return apply(Conv.str(m.pathModule()), steps, 1, s);
          case "root":
          case "cwd":
            return apply(Conv.str("."), steps, 1, s);
          default:
            throw new FnException("path." + which + " does not exist; use path.module, path.root or path.cwd");
        }
      }
      case "terraform":
        if (attr(steps, 0, "terraform").equals("workspace")) {
          return apply(Conv.str("default"), steps, 1, s);
        }
        return apply(Value.UNKNOWN, steps, 1, s);
      case "count":
        throw new FnException("count.index is used where there is no count");
      case "each":
        throw new FnException("each.key or each.value is used where there is no for_each");
      case "self":
        return Value.UNKNOWN;
      default:
        return apply(m.resource(root, attr(steps, 0, root)), steps, 1, s);
    }
  }

  private static String attr(List<Step> steps, int i, String after) {
    if (i >= steps.size() || !(steps.get(i) instanceof Attr)) {
      throw new FnException("\"" + after + "\" must be followed by .name");
    }
    return ((Attr) steps.get(i)).name();
  }

  private Value apply(Value start, List<Step> steps, int from, Scope s) {
    Value v = start;
    for (int i = from; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (step instanceof Splat) {
        if (v.isUnknown()) {
          return Value.UNKNOWN;
        }
        boolean full = ((Splat) step).full();
        int end = i + 1;
        while (end < steps.size() && (steps.get(end) instanceof Attr || (full && steps.get(end) instanceof Idx))) {
          end++;
        }
        List<Value> items = v.isNull() ? List.of() : v instanceof Value.ListV ? ((Value.ListV) v).items() : List.of(v);
        List<Value> out = new ArrayList<>(items.size());
        List<Step> captured = steps.subList(i + 1, end);
        for (Value item : items) {
          out.add(apply(item, captured, 0, s));
        }
        v = Conv.list(out);
        i = end - 1;
        continue;
      }
      v = applyOne(v, step, s);
    }
    return v;
  }

  private Value applyOne(Value v, Step step, Scope s) {
    if (step instanceof Attr) {
      String name = ((Attr) step).name();
      if (v.isUnknown()) {
        return Value.UNKNOWN;
      }
      if (v instanceof Value.ObjV) {
        Map<String, Value> f = ((Value.ObjV) v).fields();
        if (f.containsKey(name)) {
          return f.get(name);
        }
        if (ev.isOpen(v)) {
          return Value.UNKNOWN;
        }
        throw new FnException("the object has no attribute \"" + name + "\"");
      }
      if (v instanceof Value.ListV && name.matches("\\d+")) {
        return index(v, Conv.num(Long.parseLong(name)));
      }
      throw new FnException("cannot read attribute \"" + name + "\" of a " + Conv.typeName(v));
    }
    Idx idx = (Idx) step;
    Value key = idx.literal() != null ? idx.literal() : evaluator.eval(idx.key(), s);
    return index(v, key);
  }

  private Value index(Value v, Value key) {
    if (v.isUnknown() || key.isUnknown()) {
      return Value.UNKNOWN;
    }
    if (v instanceof Value.ListV) {
      List<Value> items = ((Value.ListV) v).items();
      int i = Conv.integer(key);
      if (i < 0 || i >= items.size()) {
        throw new FnException("index " + i + " is out of range for a list of " + items.size());
      }
      return items.get(i);
    }
    if (v instanceof Value.ObjV) {
      String k = Conv.string(key);
      Map<String, Value> f = ((Value.ObjV) v).fields();
      if (f.containsKey(k)) {
        return f.get(k);
      }
      if (ev.isOpen(v)) {
        return Value.UNKNOWN;
      }
      throw new FnException("the map has no key \"" + Conv.abbreviate(k) + "\"");
    }
    throw new FnException("cannot index a " + Conv.typeName(v));
  }
}
