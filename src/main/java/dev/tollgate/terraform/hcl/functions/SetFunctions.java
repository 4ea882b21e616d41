package dev.tollgate.terraform.hcl.functions;

import static dev.tollgate.terraform.hcl.functions.Conv.items;

import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Terraform's set functions; sets are lists without duplicates, strings sorted. */
final class SetFunctions {

  private SetFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "setunion", 1, -1, (a, f) -> {
      List<Value> all = new ArrayList<>();
      a.forEach(s -> all.addAll(items(s)));
      return Conv.set(all);
    });
    Functions.add(m, "setintersection", 1, -1, (a, f) -> {
      List<Value> out = new ArrayList<>(items(a.get(0)));
      for (Value s : a.subList(1, a.size())) {
        Set<String> keys = keys(items(s));
        out.removeIf(v -> !keys.contains(Conv.key(v)));
      }
      return Conv.set(out);
    });
    Functions.add(m, "setsubtract", 2, 2, (a, f) -> {
      Set<String> remove = keys(items(a.get(1)));
      List<Value> out = new ArrayList<>(items(a.get(0)));
      out.removeIf(v -> remove.contains(Conv.key(v)));
      return Conv.set(out);
    });
    Functions.add(m, "setproduct", 1, -1, (a, f) -> product(a));
  }

  private static Set<String> keys(List<Value> l) {
    Set<String> out = new HashSet<>();
    l.forEach(v -> out.add(Conv.key(v)));
    return out;
  }

  private static Value product(List<Value> sets) {
    long total = 1;
    for (Value s : sets) {
      total *= items(s).size();
      Conv.checkSize(total);
    }
    List<List<Value>> rows = new ArrayList<>();
    rows.add(List.of());
    for (Value s : sets) {
      List<List<Value>> next = new ArrayList<>();
      for (List<Value> row : rows) {
        for (Value v : items(s)) {
          List<Value> r = new ArrayList<>(row);
          r.add(v);
          next.add(r);
        }
      }
      rows = next;
    }
    List<Value> out = new ArrayList<>();
    rows.forEach(r -> out.add(Conv.list(r)));
    return Conv.list(out);
  }
}
