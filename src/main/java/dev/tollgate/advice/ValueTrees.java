package dev.tollgate.advice;

import dev.tollgate.model.Value;

/**
 * Searches of a whole attribute tree, for rules that must know whether a machine has something
 * anywhere in its configuration (GPUs, local SSD) however the resource type nests it.
 */
final class ValueTrees {

  private ValueTrees() {}

  /** A non-empty, non-zero value under {@code key} anywhere in the tree. */
  static boolean has(Value v, String key) {
    if (v instanceof Value.ObjV) {
      for (var e : ((Value.ObjV) v).fields().entrySet()) {
        if (e.getKey().equals(key) && present(e.getValue()) || has(e.getValue(), key)) {
          return true;
        }
      }
    } else if (v instanceof Value.ListV) {
      return ((Value.ListV) v).items().stream().anyMatch(i -> has(i, key));
    }
    return false;
  }

  static boolean hasString(Value v, String key, String value) {
    if (v instanceof Value.ObjV) {
      for (var e : ((Value.ObjV) v).fields().entrySet()) {
        if (e.getKey().equals(key) && e.getValue() instanceof Value.Str && ((Value.Str) e.getValue()).value().equalsIgnoreCase(value)
            || hasString(e.getValue(), key, value)) {
          return true;
        }
      }
    } else if (v instanceof Value.ListV) {
      return ((Value.ListV) v).items().stream().anyMatch(i -> hasString(i, key, value));
    }
    return false;
  }

  private static boolean present(Value v) {
    if (v instanceof Value.ListV) {
      return !((Value.ListV) v).items().isEmpty();
    }
    if (v instanceof Value.Num) {
      return ((Value.Num) v).value().signum() != 0;
    }
    if (v instanceof Value.Str) {
      return !((Value.Str) v).value().isBlank();
    }
    return v instanceof Value.ObjV || v instanceof Value.Unknown;
  }
}
