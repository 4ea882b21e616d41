package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Terraform value as Tollgate sees it, whether it came from plan JSON or from evaluated HCL: null,
 * unknown (known only after apply), a primitive, a list or an object. Immutable.
 */
public sealed interface Value
    permits Value.Null, Value.Unknown, Value.Bool, Value.Num, Value.Str, Value.ListV, Value.ObjV {

  Null NULL = new Null();
  Unknown UNKNOWN = new Unknown();
  Bool TRUE = new Bool(true);
  Bool FALSE = new Bool(false);

  /** A value that exists but is absent, as Terraform's {@code null}. */
  record Null() implements Value {
    @Override
    public String toString() {
      return "null";
    }
  }

  /** A value that Terraform will only know after apply. */
  record Unknown() implements Value {
    @Override
    public String toString() {
      return "(known after apply)";
    }
  }

  record Bool(boolean value) implements Value {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  record Num(BigDecimal value) implements Value {
    public Num {
      Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  record Str(String value) implements Value {
    public Str {
      Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  record ListV(List<Value> items) implements Value {
    public ListV {
      items = List.copyOf(items);
    }
  }

  /** An object or map; keys keep the order they were written in. */
  record ObjV(Map<String, Value> fields) implements Value {
    public ObjV {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Value get(String key) {
      return fields.getOrDefault(key, NULL);
    }
  }

  static Value of(String s) {
    return s == null ? NULL : new Str(s);
  }

  static Value of(BigDecimal n) {
    return n == null ? NULL : new Num(n);
  }

  static Value of(long n) {
    return new Num(BigDecimal.valueOf(n));
  }

  static Value of(boolean b) {
    return b ? TRUE : FALSE;
  }

  default boolean isNull() {
    return this instanceof Null;
  }

  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /** True when this value or anything inside it is unknown. */
  default boolean containsUnknown() {
    if (this instanceof Unknown) {
      return true;
    }
    if (this instanceof ListV) {
      return ((ListV) this).items().stream().anyMatch(Value::containsUnknown);
    }
    if (this instanceof ObjV) {
      return ((ObjV) this).fields().values().stream().anyMatch(Value::containsUnknown);
    }
    return false;
  }
}
