package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform's conversions between values (number to string, "true" to bool, tuple to list), its
 * equality, and the size caps every collection and string built from untrusted HCL must respect.
 */
public final class Conv {

  /** Most elements one list, set or map may hold: {@code range(1e9)} stops here instead of eating memory. */
  public static final int MAX_ELEMENTS = 100_000;
  /** Longest string a function may build. */
  public static final int MAX_STRING = 4 << 20;
  /** Terraform numbers are arbitrary precision; Tollgate keeps 34 significant digits. */
  public static final MathContext MATH = MathContext.DECIMAL128;
  private static final int MAX_DIGITS = 400;

  private Conv() {}

  public static Value num(BigDecimal n) {
    if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
      if (n.signum() != 0 && n.precision() - n.scale() > MAX_DIGITS) {
        throw new FnException("number is too large (more than " + MAX_DIGITS + " digits)");
      }
      n = n.round(MATH);
    }
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return new Value.Num(s);
  }

  public static Value num(long n) {
    return new Value.Num(BigDecimal.valueOf(n));
  }

  public static Value str(String s) {
    if (s.length() > MAX_STRING) {
      throw FnException.limit("a string would be longer than " + MAX_STRING + " characters");
    }
    return new Value.Str(s);
  }

  public static Value list(List<Value> items) {
    checkSize(items.size());
    return new Value.ListV(items);
  }

  public static Value obj(Map<String, Value> fields) {
    checkSize(fields.size());
    return new Value.ObjV(fields);
  }

  public static void checkSize(long n) {
    if (n > MAX_ELEMENTS) {
      throw FnException.limit("a collection would hold " + n + " elements; Tollgate stops at " + MAX_ELEMENTS);
    }
  }

  public static String typeName(Value v) {
    if (v instanceof Value.Str) {
      return "string";
    }
    if (v instanceof Value.Num) {
      return "number";
    }
    if (v instanceof Value.Bool) {
      return "bool";
    }
    if (v instanceof Value.ListV) {
      return "list";
    }
    if (v instanceof Value.ObjV) {
      return "object";
    }
    return v.isNull() ? "null" : "unknown";
  }

  /** As {@code tostring}: strings, numbers and bools; anything else is an error. */
  public static String string(Value v) {
    if (v instanceof Value.Str) {
      return ((Value.Str) v).value();
    }
    if (v instanceof Value.Num) {
      return ((Value.Num) v).value().stripTrailingZeros().toPlainString();
    }
    if (v instanceof Value.Bool) {
      return Boolean.toString(((Value.Bool) v).value());
    }
    if (v.isNull()) {
      throw new FnException("a null value cannot be used as a string");
    }
    throw new FnException("a " + typeName(v) + " cannot be used as a string");
  }

  public static BigDecimal number(Value v) {
    if (v instanceof Value.Num) {
      return ((Value.Num) v).value();
    }
    if (v instanceof Value.Str) {
      String s = ((Value.Str) v).value().trim();
      try {
        if (s.length() <= 64) {
          BigDecimal n = new BigDecimal(s);
          return ((Value.Num) num(n)).value();
        }
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
      throw new FnException("\"" + abbreviate(s) + "\" is not a number");
    }
    throw new FnException("a " + typeName(v) + " cannot be used as a number");
  }

  public static int integer(Value v) {
    BigDecimal n = number(v);
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new FnException(n.toPlainString() + " is not a whole number that fits");
    }
  }

  public static boolean bool(Value v) {
    if (v instanceof Value.Bool) {
      return ((Value.Bool) v).value();
    }
    if (v instanceof Value.Str) {
      String s = ((Value.Str) v).value();
      if (s.equals("true")) {
        return true;
      }
      if (s.equals("false")) {
        return false;
      }
    }
    throw new FnException("a " + typeName(v) + " cannot be used as a bool");
  }

  /** A list, set or tuple as a Java list; an object's values in key order; null as empty. */
  public static List<Value> items(Value v) {
    if (v instanceof Value.ListV) {
      return ((Value.ListV) v).items();
    }
    if (v.isNull()) {
      throw new FnException("a null value cannot be used as a collection");
    }
    throw new FnException("a " + typeName(v) + " was given where a list is needed");
  }

  public static Map<String, Value> fields(Value v) {
    if (v instanceof Value.ObjV) {
      return ((Value.ObjV) v).fields();
    }
    throw new FnException("a " + typeName(v) + " was given where a map or object is needed");
  }

  /** Terraform's {@code ==}: numbers by value, collections element by element. */
  public static boolean equal(Value a, Value b) {
    if (a instanceof Value.Num && b instanceof Value.Num) {
      return ((Value.Num) a).value().compareTo(((Value.Num) b).value()) == 0;
    }
    if (a instanceof Value.ListV && b instanceof Value.ListV) {
      List<Value> x = ((Value.ListV) a).items();
      List<Value> y = ((Value.ListV) b).items();
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!equal(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Value.ObjV && b instanceof Value.ObjV) {
      Map<String, Value> x = ((Value.ObjV) a).fields();
      Map<String, Value> y = ((Value.ObjV) b).fields();
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      for (Map.Entry<String, Value> e : x.entrySet()) {
        if (!equal(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A set: duplicates removed; all-string sets sorted, as Terraform orders them. */
  public static Value set(Collection<Value> items) {
    checkSize(items.size());
    Map<String, Value> unique = new java.util.LinkedHashMap<>();
    for (Value v : items) {
      unique.putIfAbsent(key(v), v);
    }
    List<Value> out = new ArrayList<>(unique.values());
    if (!out.isEmpty() && out.stream().allMatch(v -> v instanceof Value.Str)) {
      TreeMap<String, Value> sorted = new TreeMap<>();
      out.forEach(v -> sorted.put(((Value.Str) v).value(), v));
      return list(new ArrayList<>(sorted.values()));
    }
    return list(out);
  }

  /** A string that two values share exactly when {@link #equal} holds for them. */
  public static String key(Value v) {
    StringBuilder b = new StringBuilder();
    key(v, b);
    return b.toString();
  }

  private static void key(Value v, StringBuilder b) {
    if (v instanceof Value.Num) {
      b.append('n').append(((Value.Num) v).value().stripTrailingZeros().toPlainString());
    } else if (v instanceof Value.Str) {
      String s = ((Value.Str) v).value();
      b.append('s').append(s.length()).append(':').append(s);
    } else if (v instanceof Value.ListV) {
      b.append('[');
      for (Value i : ((Value.ListV) v).items()) {
        key(i, b);
        b.append(',');
      }
      b.append(']');
    } else if (v instanceof Value.ObjV) {
      b.append('{');
      for (Map.Entry<String, Value> e : new TreeMap<>(((Value.ObjV) v).fields()).entrySet()) {
        b.append(e.getKey().length()).append(':').append(e.getKey());
        key(e.getValue(), b);
        b.append(',');
      }
      b.append('}');
    } else {
      b.append(v);
    }
  }

  public static boolean anyUnknown(List<Value> args) {
    for (Value v : args) {
      if (v.containsUnknown()) {
        return true;
      }
    }
    return false;
  }

  public static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
