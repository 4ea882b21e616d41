package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Terraform's built-in functions, registered explicitly by category. A function sees evaluated
 * arguments; unless it is registered as handling unknowns itself, any unknown argument makes the
 * result unknown without calling it. {@code try} and {@code can} need their arguments unevaluated,
 * so the evaluator handles them. Nothing here reaches the network or runs a program; filesystem
 * functions go through {@link FileAccess}.
 */
public final class Functions {

  /** One function's body. */
  @FunctionalInterface
  interface Body {
    Value call(List<Value> args, FileAccess files);
  }

  record Def(String name, int min, int max, boolean unknownAware, Body body) {}

  private static final Map<String, Def> ALL = build();

  private Functions() {}

  private static Map<String, Def> build() {
    Map<String, Def> m = new HashMap<>();
    StringFunctions.register(m);
    CollectionFunctions.register(m);
    SetFunctions.register(m);
    NumericFunctions.register(m);
    EncodingFunctions.register(m);
    FileFunctions.register(m);
    DateFunctions.register(m);
    HashFunctions.register(m);
    IpFunctions.register(m);
    TypeFunctions.register(m);
    return Map.copyOf(m);
  }

  static void add(Map<String, Def> m, String name, int min, int max, Body body) {
    put(m, new Def(name, min, max, false, body));
  }

  /** A function that decides itself what unknown arguments mean (length of a list of unknowns is known). */
  static void addUnknownAware(Map<String, Def> m, String name, int min, int max, Body body) {
    put(m, new Def(name, min, max, true, body));
  }

  private static void put(Map<String, Def> m, Def d) {
    if (m.put(d.name(), d) != null) {
      throw new IllegalStateException("function registered twice: " + d.name());
    }
  }

  public static boolean exists(String name) {
    return ALL.containsKey(name) || name.equals("try") || name.equals("can");
  }

  public static Set<String> names() {
    Set<String> out = new TreeSet<>(ALL.keySet());
    out.add("try");
    out.add("can");
    return out;
  }

  /** Calls {@code name}; {@link FnException} for a wrong argument or an unknown function. */
  public static Value call(String name, List<Value> args, FileAccess files) {
    Def d = ALL.get(name);
    if (d == null) {
      if (name.contains("::")) {
        // Provider-defined functions need the provider; their result is known only to it.
        return Value.UNKNOWN;
      }
      throw new FnException("there is no function named \"" + name + "\"");
    }
    if (args.size() < d.min() || (d.max() >= 0 && args.size() > d.max())) {
      String want = d.max() < 0 ? "at least " + d.min() : d.min() == d.max() ? String.valueOf(d.min()) : d.min() + " to " + d.max();
      throw new FnException(name + "() takes " + want + " argument" + (want.equals("1") ? "" : "s") + ", not " + args.size());
    }
    if (!d.unknownAware() && Conv.anyUnknown(args)) {
      return Value.UNKNOWN;
    }
    return d.body().call(args, files);
  }
}
