package dev.tollgate.advice;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a priced resource names a machine type: an attribute path ({@code node_pool.1.node_config.0.machine_type})
 * in the resource itself or in the template it launches from ({@code holder}). Re-pricing the slot
 * with another type changes only that value and prices the resource as the estimate did.
 *
 * @param part how the hint names the place ({@code default_node_pool}, or the template's address)
 * @param type the type there now
 */
record TypeSlot(Resource owner, Resource holder, List<String> path, String part, String type) {

  TypeSlot {
    path = List.copyOf(path);
  }

  /** The slot at {@code path} in the resource itself, when the plan states a type there. */
  static Optional<TypeSlot> in(Resource r, String part, String... path) {
    return in(r, r, part, path);
  }

  /** The slot at {@code path} in {@code holder}, which {@code owner} launches its machines from. */
  static Optional<TypeSlot> in(Resource owner, Resource holder, String part, String... path) {
    return at(holder.attributes().values(), List.of(path), 0).filter(s -> !s.isBlank())
        .map(t -> new TypeSlot(owner, holder, List.of(path), part, t));
  }

  /** The owner priced with {@code newType} in this slot. */
  CostedResource price(String newType, Context context) {
    return price(newType, Map.of(), context);
  }

  /**
   * The owner priced with {@code newType} in this slot and the {@code alsoSet} values (paths in the
   * holder) that keep the machine's behaviour: t2's standard CPU credits on a t3.
   */
  CostedResource price(String newType, Map<List<String>, Value> alsoSet, Context context) {
    Value changed = set(holder.attributes().values(), path, 0, Value.of(newType));
    for (Map.Entry<List<String>, Value> e : alsoSet.entrySet()) {
      changed = set(changed, e.getKey(), 0, e.getValue());
    }
    Resource r = new Resource(holder.address(), holder.type(), holder.provider(), holder.region(),
        new Attributes((Value.ObjV) changed), holder.tags(), holder.action());
    return holder == owner ? context.price(r) : context.priceWith(owner, r);
  }

  /** The value at {@code path} in the holder, when it is a string. */
  Optional<String> holderString(String... at) {
    return at(holder.attributes().values(), List.of(at), 0);
  }

  private static Optional<String> at(Value v, List<String> path, int i) {
    if (i == path.size()) {
      return v instanceof Value.Str ? Optional.of(((Value.Str) v).value()) : Optional.empty();
    }
    String step = path.get(i);
    if (isIndex(step)) {
      int index = Integer.parseInt(step);
      if (v instanceof Value.ListV && index < ((Value.ListV) v).items().size()) {
        return at(((Value.ListV) v).items().get(index), path, i + 1);
      }
      return v instanceof Value.ObjV && index == 0 ? at(v, path, i + 1) : Optional.empty();
    }
    return v instanceof Value.ObjV ? at(((Value.ObjV) v).get(step), path, i + 1) : Optional.empty();
  }

  /** {@code v} with the value at {@code path} replaced; blocks on the way that do not exist are made. */
  private static Value set(Value v, List<String> path, int i, Value newValue) {
    if (i == path.size()) {
      return newValue;
    }
    String step = path.get(i);
    if (isIndex(step)) {
      if (v instanceof Value.ObjV) {
        return set(v, path, i + 1, newValue); // a single nested object written without its list
      }
      List<Value> items = v instanceof Value.ListV ? new ArrayList<>(((Value.ListV) v).items()) : new ArrayList<>();
      int index = Integer.parseInt(step);
      while (items.size() <= index) {
        items.add(new Value.ObjV(Map.of()));
      }
      items.set(index, set(items.get(index), path, i + 1, newValue));
      return new Value.ListV(items);
    }
    Map<String, Value> fields = v instanceof Value.ObjV ? new LinkedHashMap<>(((Value.ObjV) v).fields()) : new LinkedHashMap<>();
    fields.put(step, set(fields.getOrDefault(step, Value.NULL), path, i + 1, newValue));
    return new Value.ObjV(fields);
  }

  private static boolean isIndex(String step) {
    return !step.isEmpty() && Character.isDigit(step.charAt(0));
  }
}
