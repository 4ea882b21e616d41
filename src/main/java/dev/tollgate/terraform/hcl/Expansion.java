package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instances a resource, data source or module call expands to through {@code count} or
 * {@code for_each}. When either depends on something known only after apply, it expands to one
 * instance and says so, so the resource is still counted once.
 *
 * @param kind SINGLE, COUNT, FOR_EACH, or UNKNOWN_COUNT / UNKNOWN_FOR_EACH
 */
record Expansion(Kind kind, List<Key> keys) {

  enum Kind { SINGLE, COUNT, FOR_EACH, UNKNOWN_COUNT, UNKNOWN_FOR_EACH }

  /** One instance: its index or key and what {@code count} / {@code each} are inside it. */
  record Key(String suffix, String name, Value binding) {}

  boolean unknown() {
    return kind == Kind.UNKNOWN_COUNT || kind == Kind.UNKNOWN_FOR_EACH;
  }

  static Expansion of(Config.Body body, Scope s, Evaluator ev, Evaluation evaluation, String what) {
    Config.Expr count = body.attribute("count");
    Config.Expr forEach = body.attribute("for_each");
    if (count != null) {
      Value n = ev.eval(count, s);
      if (n.isUnknown()) {
        return new Expansion(Kind.UNKNOWN_COUNT, List.of(countKey(0)));
      }
      if (n.isNull()) {
        throw EvalException.at(count.location(), "count is null; it must be a whole number");
      }
      int c;
      try {
        c = Conv.integer(n);
      } catch (FnException e) {
        throw EvalException.at(count.location(), "count must be a whole number: " + e.getMessage());
      }
      if (c < 0) {
        throw EvalException.at(count.location(), "count must not be negative");
      }
      evaluation.countInstances(c, count.location());
      List<Key> keys = new ArrayList<>(c);
      for (int i = 0; i < c; i++) {
        keys.add(countKey(i));
      }
      return new Expansion(Kind.COUNT, keys);
    }
    if (forEach != null) {
      Value v = ev.eval(forEach, s);
      if (v.isUnknown() || (v instanceof Value.ListV && v.containsUnknown())) {
        return new Expansion(Kind.UNKNOWN_FOR_EACH, List.of(new Key("", "", each(Value.UNKNOWN, Value.UNKNOWN))));
      }
      Map<String, Value> entries = new TreeMap<>();
      if (v instanceof Value.ObjV) {
        entries.putAll(((Value.ObjV) v).fields());
      } else if (v instanceof Value.ListV) {
        for (Value item : ((Value.ListV) v).items()) {
          if (!(item instanceof Value.Str)) {
            throw EvalException.at(forEach.location(), "for_each over a list needs a set of strings; use toset() or a map");
          }
          entries.put(((Value.Str) item).value(), item);
        }
      } else {
        throw EvalException.at(forEach.location(), "for_each needs a map or a set of strings, not a " + Conv.typeName(v));
      }
      evaluation.countInstances(entries.size(), forEach.location());
      List<Key> keys = new ArrayList<>();
      entries.forEach((k, value) -> keys.add(new Key("[" + quote(k) + "]", k, each(Conv.str(k), value))));
      return new Expansion(Kind.FOR_EACH, keys);
    }
    evaluation.countInstances(1, what);
    return new Expansion(Kind.SINGLE, List.of(new Key("", "", null)));
  }

  private static Key countKey(int i) {
    Map<String, Value> count = new LinkedHashMap<>();
    count.put("index", Conv.num(i));
    return new Key("[" + i + "]", Integer.toString(i), Conv.obj(count));
  }

  private static Value each(Value key, Value value) {
    Map<String, Value> each = new LinkedHashMap<>();
    each.put("key", key);
    each.put("value", value);
    return Conv.obj(each);
  }

  /** Binds {@code count} or {@code each} for one instance. */
  Scope bind(Scope s, Key k) {
    if (kind == Kind.COUNT || kind == Kind.UNKNOWN_COUNT) {
      return s.with("count", k.binding());
    }
    if (kind == Kind.FOR_EACH || kind == Kind.UNKNOWN_FOR_EACH) {
      return s.with("each", k.binding());
    }
    return s;
  }

  /** What references to all instances see: an object, a list (count) or a map (for_each). */
  Value reference(List<Value> instances) {
    switch (kind) {
      case SINGLE:
        return instances.get(0);
      case COUNT:
        return Conv.list(instances);
      case FOR_EACH: {
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
          out.put(keys.get(i).name(), instances.get(i));
        }
        return Conv.obj(out);
      }
      default:
        return Value.UNKNOWN;
    }
  }

  String note() {
    return kind == Kind.UNKNOWN_COUNT
        ? "its count is known only after apply; counted once"
        : "its for_each is known only after apply; counted once";
  }

  /** Terraform's address quoting of a for_each key. */
  static String quote(String k) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : k.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
