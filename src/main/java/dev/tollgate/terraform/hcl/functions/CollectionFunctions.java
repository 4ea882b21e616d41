package dev.tollgate.terraform.hcl.functions;

import static dev.tollgate.terraform.hcl.functions.Conv.integer;
import static dev.tollgate.terraform.hcl.functions.Conv.items;
import static dev.tollgate.terraform.hcl.functions.Conv.list;
import static dev.tollgate.terraform.hcl.functions.Conv.string;

import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Terraform's collection functions. Several keep what is known when some elements are unknown. */
final class CollectionFunctions {

  private CollectionFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "alltrue", 1, 1, (a, f) -> Value.of(items(a.get(0)).stream().allMatch(Conv::bool)));
    Functions.add(m, "anytrue", 1, 1, (a, f) -> Value.of(items(a.get(0)).stream().anyMatch(Conv::bool)));
    Functions.add(m, "chunklist", 2, 2, (a, f) -> chunklist(items(a.get(0)), integer(a.get(1))));
    Functions.addUnknownAware(m, "coalesce", 1, -1, (a, f) -> coalesce(a));
    Functions.addUnknownAware(m, "coalescelist", 1, -1, (a, f) -> coalescelist(a));
    Functions.add(m, "compact", 1, 1, (a, f) -> list(items(a.get(0)).stream()
        .filter(v -> !v.isNull() && !(v instanceof Value.Str && ((Value.Str) v).value().isEmpty())).toList()));
    Functions.addUnknownAware(m, "concat", 0, -1, (a, f) -> concat(a));
    Functions.add(m, "contains", 2, 2, (a, f) -> Value.of(items(a.get(0)).stream().anyMatch(v -> Conv.equal(v, a.get(1)))));
    Functions.add(m, "distinct", 1, 1, (a, f) -> distinct(items(a.get(0))));
    Functions.addUnknownAware(m, "element", 2, 2, (a, f) -> element(a.get(0), a.get(1)));
    Functions.addUnknownAware(m, "flatten", 1, 1, (a, f) -> flatten(a.get(0)));
    Functions.add(m, "index", 2, 2, (a, f) -> index(items(a.get(0)), a.get(1)));
    Functions.addUnknownAware(m, "keys", 1, 1, (a, f) -> keys(a.get(0)));
    Functions.add(m, "values", 1, 1, (a, f) -> list(new ArrayList<>(new TreeMap<>(Conv.fields(a.get(0))).values())));
    Functions.addUnknownAware(m, "length", 1, 1, (a, f) -> length(a.get(0)));
    Functions.addUnknownAware(m, "lookup", 2, 3, (a, f) -> lookup(a));
    Functions.add(m, "matchkeys", 3, 3, (a, f) -> matchkeys(items(a.get(0)), items(a.get(1)), items(a.get(2))));
    Functions.addUnknownAware(m, "merge", 0, -1, (a, f) -> merge(a));
    Functions.add(m, "one", 1, 1, (a, f) -> one(items(a.get(0))));
    Functions.add(m, "range", 1, 3, (a, f) -> range(a));
    Functions.add(m, "reverse", 1, 1, (a, f) -> {
      List<Value> r = new ArrayList<>(items(a.get(0)));
      Collections.reverse(r);
      return list(r);
    });
    Functions.add(m, "slice", 3, 3, (a, f) -> slice(items(a.get(0)), integer(a.get(1)), integer(a.get(2))));
    Functions.add(m, "sort", 1, 1, (a, f) -> list(items(a.get(0)).stream().map(Conv::string).sorted().map(Conv::str).toList()));
    Functions.add(m, "sum", 1, 1, (a, f) -> sum(items(a.get(0))));
    Functions.add(m, "transpose", 1, 1, (a, f) -> transpose(Conv.fields(a.get(0))));
    Functions.add(m, "zipmap", 2, 2, (a, f) -> zipmap(items(a.get(0)), items(a.get(1))));
  }

  private static Value chunklist(List<Value> l, int size) {
    if (size < 0) {
      throw new FnException("chunklist() size must not be negative");
    }
    if (size == 0) {
      return list(List.of(list(l)));
    }
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i += size) {
      out.add(list(l.subList(i, Math.min(l.size(), i + size))));
    }
    return list(out);
  }

  private static Value coalesce(List<Value> a) {
    for (Value v : a) {
      if (v.isUnknown()) {
        return Value.UNKNOWN;
      }
      if (!v.isNull() && !(v instanceof Value.Str && ((Value.Str) v).value().isEmpty())) {
        return v;
      }
    }
    throw new FnException("coalesce() was given no non-null, non-empty argument");
  }

  private static Value coalescelist(List<Value> a) {
    for (Value v : a) {
      if (v.isUnknown()) {
        return Value.UNKNOWN;
      }
      if (!items(v).isEmpty()) {
        return v;
      }
    }
    return list(List.of());
  }

  private static Value concat(List<Value> a) {
    List<Value> out = new ArrayList<>();
    for (Value v : a) {
      if (v.isUnknown()) {
        return Value.UNKNOWN;
      }
      out.addAll(items(v));
      Conv.checkSize(out.size());
    }
    return list(out);
  }

  private static Value distinct(List<Value> l) {
    Map<String, Value> seen = new LinkedHashMap<>();
    l.forEach(v -> seen.putIfAbsent(Conv.key(v), v));
    return list(new ArrayList<>(seen.values()));
  }

  private static Value element(Value l, Value i) {
    if (l.isUnknown() || i.isUnknown()) {
      return Value.UNKNOWN;
    }
    List<Value> items = items(l);
    if (items.isEmpty()) {
      throw new FnException("element() cannot take an element of an empty list");
    }
    int n = integer(i);
    if (n < 0) {
      throw new FnException("element() index must not be negative");
    }
    return items.get(n % items.size());
  }

  private static Value flatten(Value v) {
    List<Value> out = new ArrayList<>();
    if (!flattenInto(v, out, 0)) {
      return Value.UNKNOWN;
    }
    return list(out);
  }

  private static boolean flattenInto(Value v, List<Value> out, int depth) {
    if (v.isUnknown()) {
      return false;
    }
    if (depth > 100) {
      throw new FnException("flatten() nesting is too deep");
    }
    for (Value i : items(v)) {
      if (i instanceof Value.ListV || i.isUnknown()) {
        if (!flattenInto(i, out, depth + 1)) {
          return false;
        }
      } else {
        out.add(i);
        Conv.checkSize(out.size());
      }
    }
    return true;
  }

  private static Value index(List<Value> l, Value v) {
    for (int i = 0; i < l.size(); i++) {
      if (Conv.equal(l.get(i), v)) {
        return Conv.num(i);
      }
    }
    throw new FnException("index() did not find the value in the list");
  }

  private static Value keys(Value v) {
    if (v.isUnknown()) {
      return Value.UNKNOWN;
    }
    return list(new TreeMap<>(Conv.fields(v)).keySet().stream().map(Conv::str).toList());
  }

  private static Value length(Value v) {
    if (v.isUnknown()) {
      return Value.UNKNOWN;
    }
    if (v instanceof Value.Str) {
      return Conv.num(((Value.Str) v).value().codePointCount(0, ((Value.Str) v).value().length()));
    }
    if (v instanceof Value.ObjV) {
      return Conv.num(((Value.ObjV) v).fields().size());
    }
    return Conv.num(items(v).size());
  }

  private static Value lookup(List<Value> a) {
    Value map = a.get(0);
    if (map.isUnknown() || a.get(1).containsUnknown()) {
      return Value.UNKNOWN;
    }
    Map<String, Value> fields = Conv.fields(map);
    String key = string(a.get(1));
    if (fields.containsKey(key)) {
      return fields.get(key);
    }
    if (a.size() == 3) {
      return a.get(2);
    }
    throw new FnException("lookup() found no key \"" + Conv.abbreviate(key) + "\" and was given no default");
  }

  private static Value matchkeys(List<Value> values, List<Value> keys, List<Value> search) {
    if (values.size() != keys.size()) {
      throw new FnException("matchkeys() values and keys must have the same length");
    }
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Value k = keys.get(i);
      if (search.stream().anyMatch(s -> Conv.equal(s, k))) {
        out.add(values.get(i));
      }
    }
    return list(out);
  }

  private static Value merge(List<Value> a) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (Value v : a) {
      if (v.isUnknown()) {
        return Value.UNKNOWN;
      }
      if (!v.isNull()) {
        out.putAll(Conv.fields(v));
      }
    }
    return Conv.obj(out);
  }

  private static Value one(List<Value> l) {
    if (l.size() > 1) {
      throw new FnException("one() was given a list of " + l.size() + " elements");
    }
    return l.isEmpty() ? Value.NULL : l.get(0);
  }

  private static Value range(List<Value> a) {
    BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : Conv.number(a.get(0));
    BigDecimal end = Conv.number(a.get(a.size() == 1 ? 0 : 1));
    BigDecimal step = a.size() == 3 ? Conv.number(a.get(2)) : (end.compareTo(start) >= 0 ? BigDecimal.ONE : BigDecimal.ONE.negate());
    if (step.signum() == 0) {
      throw new FnException("range() step must not be zero");
    }
    BigDecimal count = end.subtract(start).divide(step, Conv.MATH);
    if (count.compareTo(BigDecimal.valueOf(Conv.MAX_ELEMENTS)) > 0) {
      throw FnException.limit("range() would produce " + count.setScale(0, java.math.RoundingMode.CEILING).toPlainString()
          + " numbers; Tollgate stops at " + Conv.MAX_ELEMENTS);
    }
    List<Value> out = new ArrayList<>();
    for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0; x = x.add(step)) {
      out.add(Conv.num(x));
    }
    return list(out);
  }

  private static Value slice(List<Value> l, int start, int end) {
    if (start < 0 || end > l.size() || start > end) {
      throw new FnException("slice() indexes " + start + " to " + end + " are outside a list of " + l.size());
    }
    return list(l.subList(start, end));
  }

  private static Value sum(List<Value> l) {
    if (l.isEmpty()) {
      throw new FnException("sum() cannot sum an empty list");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Value v : l) {
      total = total.add(Conv.number(v), Conv.MATH);
    }
    return Conv.num(total);
  }

  private static Value transpose(Map<String, Value> m) {
    Map<String, List<Value>> out = new TreeMap<>();
    m.forEach((k, v) -> items(v).forEach(i -> out.computeIfAbsent(string(i), x -> new ArrayList<>()).add(Conv.str(k))));
    Map<String, Value> result = new LinkedHashMap<>();
    out.forEach((k, v) -> result.put(k, list(v)));
    return Conv.obj(result);
  }

  private static Value zipmap(List<Value> keys, List<Value> values) {
    if (keys.size() != values.size()) {
      throw new FnException("zipmap() keys and values must have the same length");
    }
    Map<String, Value> out = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      out.put(string(keys.get(i)), values.get(i));
    }
    return Conv.obj(out);
  }
}
