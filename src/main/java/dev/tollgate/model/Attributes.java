package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource's attributes, with typed accessors that never throw on a missing, null or unknown
 * attribute: they answer {@link Optional#empty()} instead, and {@link #isUnknown} tells the two apart.
 */
public record Attributes(Value.ObjV values) {

  public static final Attributes EMPTY = new Attributes(new Value.ObjV(Map.of()));

  public static Attributes of(Map<String, Value> fields) {
    return new Attributes(new Value.ObjV(fields));
  }

  public Value get(String key) {
    return values.get(key);
  }

  public boolean has(String key) {
    Value v = get(key);
    return !v.isNull();
  }

  public boolean isUnknown(String key) {
    return get(key).isUnknown();
  }

  public Optional<String> string(String key) {
    return asString(get(key));
  }

  public Optional<BigDecimal> number(String key) {
    return asNumber(get(key));
  }

  public Optional<Boolean> bool(String key) {
    Value v = get(key);
    if (v instanceof Value.Bool) {
      return Optional.of(((Value.Bool) v).value());
    }
    if (v instanceof Value.Str) {
      String s = ((Value.Str) v).value();
      if (s.equalsIgnoreCase("true")) {
        return Optional.of(true);
      }
      if (s.equalsIgnoreCase("false")) {
        return Optional.of(false);
      }
    }
    return Optional.empty();
  }

  /**
   * Nested blocks: Terraform writes a block as a list of objects (or, for a single nested object
   * attribute, an object). Unknown or null blocks give an empty list.
   */
  public List<Attributes> blocks(String key) {
    Value v = get(key);
    List<Attributes> out = new ArrayList<>();
    if (v instanceof Value.ListV) {
      for (Value item : ((Value.ListV) v).items()) {
        if (item instanceof Value.ObjV) {
          out.add(new Attributes((Value.ObjV) item));
        }
      }
    } else if (v instanceof Value.ObjV) {
      out.add(new Attributes((Value.ObjV) v));
    }
    return out;
  }

  public Optional<Attributes> block(String key) {
    List<Attributes> all = blocks(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** A map of strings, such as tags; non-string values are skipped. */
  public Map<String, String> stringMap(String key) {
    Value v = get(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (v instanceof Value.ObjV) {
      ((Value.ObjV) v).fields().forEach((k, item) -> asString(item).ifPresent(s -> out.put(k, s)));
    }
    return out;
  }

  public List<String> strings(String key) {
    Value v = get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof Value.ListV) {
      for (Value item : ((Value.ListV) v).items()) {
        asString(item).ifPresent(out::add);
      }
    }
    return out;
  }

  static Optional<String> asString(Value v) {
    if (v instanceof Value.Str) {
      return Optional.of(((Value.Str) v).value());
    }
    if (v instanceof Value.Num) {
      return Optional.of(((Value.Num) v).value().toPlainString());
    }
    if (v instanceof Value.Bool) {
      return Optional.of(Boolean.toString(((Value.Bool) v).value()));
    }
    return Optional.empty();
  }

  static Optional<BigDecimal> asNumber(Value v) {
    if (v instanceof Value.Num) {
      return Optional.of(((Value.Num) v).value());
    }
    if (v instanceof Value.Str) {
      try {
        return Optional.of(new BigDecimal(((Value.Str) v).value().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
