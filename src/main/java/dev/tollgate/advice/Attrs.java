package dev.tollgate.advice;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies of attribute trees with a few values changed: how a rule describes its proposal. */
final class Attrs {

  private Attrs() {}

  static Attributes with(Attributes a, Map<String, Value> changes) {
    Map<String, Value> fields = new LinkedHashMap<>(a.values().fields());
    fields.putAll(changes);
    return Attributes.of(fields);
  }

  /** {@code a} with item {@code index} of the nested block list {@code block} replaced. */
  static Attributes withBlock(Attributes a, String block, int index, Attributes item) {
    Value v = a.get(block);
    List<Value> items = new ArrayList<>();
    if (v instanceof Value.ListV) {
      items.addAll(((Value.ListV) v).items());
    } else if (v instanceof Value.ObjV) {
      items.add(v);
    }
    items.set(index, item.values());
    return with(a, Map.of(block, new Value.ListV(items)));
  }
}
