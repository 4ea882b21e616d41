package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Hcl;

/**
 * {@code [for k, v in xs : f(v) if g(k)]} and {@code {for k, v in xs : k => v...}}. An unknown
 * collection or an unknown {@code if} makes the whole result unknown: which elements it has is known
 * only after apply.
 */
final class ForExpressions {

  private ForExpressions() {}

  static Value tuple(Hcl.ForTuple f, Scope s, Evaluator ev) {
    Value collection = ev.eval(f.getIntro().getIn(), s);
    if (collection.isUnknown()) {
      return Value.UNKNOWN;
    }
    List<Value> out = new ArrayList<>();
    for (Map.Entry<Value, Value> e : Evaluator.entries(collection).entrySet()) {
      Scope inner = bind(f.getIntro(), e, s);
      Boolean keep = keep(f.getCondition(), inner, ev);
      if (keep == null) {
        return Value.UNKNOWN;
      }
      if (keep) {
        Value item = ev.eval(f.getUpdateName(), inner);
        ev.charge(item);
        out.add(item);
        Conv.checkSize(out.size());
      }
    }
    return Conv.list(out);
  }

  static Value object(Hcl.ForObject f, Scope s, Evaluator ev) {
    Value collection = ev.eval(f.getIntro().getIn(), s);
    if (collection.isUnknown()) {
      return Value.UNKNOWN;
    }
    boolean grouping = f.getEllipsis() != null;
    Map<String, Value> out = new LinkedHashMap<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    boolean unknownKey = false;
    for (Map.Entry<Value, Value> e : Evaluator.entries(collection).entrySet()) {
      Scope inner = bind(f.getIntro(), e, s);
      Boolean keep = keep(f.getCondition(), inner, ev);
      if (keep == null) {
        return Value.UNKNOWN;
      }
      if (!keep) {
        continue;
      }
      Value key = ev.eval(f.getUpdateName(), inner);
      Value value = ev.eval(f.getUpdateValue(), inner);
      ev.charge(value);
      if (key.isUnknown()) {
        unknownKey = true;
        continue;
      }
      String k = Conv.string(key);
      if (grouping) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
      } else if (out.put(k, value) != null) {
        throw new FnException("the for expression makes the key \"" + Conv.abbreviate(k)
            + "\" twice; add ... after the value to group them");
      }
      Conv.checkSize(out.size() + groups.size());
    }
    if (unknownKey) {
      return Value.UNKNOWN;
    }
    if (grouping) {
      groups.forEach((k, v) -> out.put(k, Conv.list(v)));
    }
    return Conv.obj(out);
  }

  private static Scope bind(Hcl.ForIntro intro, Map.Entry<Value, Value> e, Scope s) {
    List<Hcl.Identifier> vars = intro.getVariables();
    if (vars.size() >= 2) {
      return s.with(vars.get(0).getName(), e.getKey()).with(vars.get(1).getName(), e.getValue());
    }
    return s.with(vars.get(0).getName(), e.getValue());
  }

  /** True or false, or null when the condition is unknown. */
  private static Boolean keep(org.openrewrite.hcl.tree.Expression condition, Scope inner, Evaluator ev) {
    if (condition == null) {
      return true;
    }
    Value c = ev.eval(condition, inner);
    if (c.isUnknown()) {
      return null;
    }
    return Conv.bool(c);
  }
}
