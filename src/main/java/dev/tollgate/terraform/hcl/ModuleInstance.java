package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One instance of a module ({@code module.a["x"]}) and everything in it, evaluated lazily and once:
 * variables, locals, outputs, resources and child module calls. Terraform orders evaluation by its
 * dependency graph; here each value is worked out when first referenced, and a reference back to a
 * value still being worked out is reported as a cycle.
 */
final class ModuleInstance {

  /** A resource or data source's instances and what references to it see. */
  record Instances(Expansion expansion, List<Value> objects, Value reference) {}

  /** A module call: the instances it expands to, or why it could not be followed. */
  record Call(Expansion expansion, List<ModuleInstance> children, String unresolved) {}

  private static final Set<String> CALL_META = Set.of("source", "version", "count", "for_each", "providers", "depends_on");

  private final Evaluation ev;
  private final Module config;
  final String address;
  final ModuleInstance parent;
  final int depth;
  private final Map<String, Supplier<Value>> inputs;
  private final Map<String, VarFiles.RootValue> rootValues;
  private final String pathModule;
  Providers providers;
  private final Map<String, Object> done = new HashMap<>();
  private final Set<String> active = new HashSet<>();

  ModuleInstance(Evaluation ev, Module config, String address, ModuleInstance parent, int depth,
      Map<String, Supplier<Value>> inputs, Map<String, VarFiles.RootValue> rootValues, String pathModule) {
    this.ev = ev;
    this.config = config;
    this.address = address;
    this.parent = parent;
    this.depth = depth;
    this.inputs = inputs;
    this.rootValues = rootValues;
    this.pathModule = pathModule;
  }

  Module config() {
    return config;
  }

  Evaluation evaluation() {
    return ev;
  }

  String pathModule() {
    return pathModule;
  }

  /** The prefix of addresses in this instance: empty for the root, {@code module.a[0].} below it. */
  String prefix() {
    return address.isEmpty() ? "" : address + ".";
  }

  @SuppressWarnings("unchecked")
  private <T> T memo(String key, Supplier<T> f) {
    if (done.containsKey(key)) {
      Object v = done.get(key);
      if (v instanceof EvalException) {
        throw (EvalException) v;
      }
      return (T) v;
    }
    if (!active.add(key)) {
      throw new FnException(key + " depends on itself");
    }
    try {
      T v = f.get();
      done.put(key, v);
      return v;
    } catch (EvalException e) {
      if (!e.fatal) {
        done.put(key, e);
      }
      throw e;
    } finally {
      active.remove(key);
    }
  }

  Value variable(String name) {
    return memo("var." + name, () -> {
      Config.Block decl = config.variables().get(name);
      if (decl == null) {
        throw new FnException("there is no variable named \"" + name + "\" in this module");
      }
      Types.Type type = Types.parse(decl.body().attribute("type"));
      Value raw = null;
      if (inputs != null) {
        Supplier<Value> in = inputs.get(name);
        raw = in == null ? null : in.get();
      } else if (rootValues.containsKey(name)) {
        raw = rootValues.get(name).value(type, decl.location());
      }
      Config.Expr def = decl.body().attribute("default");
      Scope scope = new Scope(this, decl.file(), Map.of());
      if (raw == null || (raw.isNull() && def != null && isNotNullable(decl, scope))) {
        if (def == null) {
          ev.note(decl.location() + ": variable \"" + name + "\"" + where() + " has no value and no default; treated as unknown");
          return Value.UNKNOWN;
        }
        raw = ev.evaluator.eval(def, scope);
      }
      try {
        return Types.convert(raw, type, d -> ev.evaluator.eval(d, scope));
      } catch (FnException e) {
        if (e.fatal()) {
          throw e;
        }
        ev.note(decl.location() + ": variable \"" + name + "\"" + where() + " does not match its type: " + e.getMessage());
        return raw;
      }
    });
  }

  private boolean isNotNullable(Config.Block decl, Scope scope) {
    Config.Expr n = decl.body().attribute("nullable");
    return n != null && ev.evaluator.eval(n, scope).equals(Value.FALSE);
  }

  private String where() {
    return address.isEmpty() ? "" : " of " + address;
  }

  Value local(String name) {
    return memo("local." + name, () -> {
      Config.Expr e = config.locals().get(name);
      if (e == null) {
        throw new FnException("there is no local value named \"" + name + "\"");
      }
      return ev.evaluator.eval(e, new Scope(this, e.file(), Map.of()));
    });
  }

  Value output(String name) {
    return memo("output." + name, () -> {
      Config.Block o = config.outputs().get(name);
      if (o == null) {
        throw new FnException(address + " has no output named \"" + name + "\"");
      }
      Config.Expr v = o.body().attribute("value");
      return v == null ? Value.NULL : ev.evaluator.eval(v, new Scope(this, o.file(), Map.of()));
    });
  }

  Value resource(String type, String name) {
    Config.Block b = config.resource(type, name);
    if (b == null) {
      throw new FnException("there is no resource " + type + "." + name + " in this module");
    }
    return instances(b, "resource.").reference();
  }

  Value data(String type, String name) {
    Config.Block b = config.data(type, name);
    if (b == null) {
      throw new FnException("there is no data source data." + type + "." + name + " in this module");
    }
    return instances(b, "data.").reference();
  }

  /** A resource's or data source's instances; an unusable count makes it one instance, with a note. */
  Instances instances(Config.Block b, String kind) {
    return memo(kind + b.label(0) + "." + b.label(1), () -> {
      Scope base = new Scope(this, b.file(), Map.of());
      Expansion x;
      try {
        x = Expansion.of(b.body(), base, ev.evaluator, ev, b.location());
      } catch (EvalException e) {
        if (e.fatal) {
          throw e;
        }
        ev.note(e.render() + "; counted once");
        boolean each = b.body().attribute("for_each") != null;
        x = each ? new Expansion(Expansion.Kind.UNKNOWN_FOR_EACH, List.of(new Expansion.Key("", "", unknownEach())))
            : new Expansion(Expansion.Kind.UNKNOWN_COUNT, List.of(new Expansion.Key("[0]", "0", unknownCount())));
      }
      List<Value> objects = new ArrayList<>();
      for (Expansion.Key k : x.keys()) {
        Value object = Bodies.evaluate(b.body(), x.bind(base, k), ev, true);
        if (kind.equals("resource.")) {
          object = ComputedIds.add(object, b.label(0), prefix() + b.label(0) + "." + b.label(1) + k.suffix(), ev);
        }
        objects.add(object);
      }
      return new Instances(x, objects, x.reference(objects));
    });
  }

  private static Value unknownEach() {
    Map<String, Value> m = new LinkedHashMap<>();
    m.put("key", Value.UNKNOWN);
    m.put("value", Value.UNKNOWN);
    return Conv.obj(m);
  }

  private static Value unknownCount() {
    return Conv.obj(Map.of("index", Conv.num(0)));
  }

  boolean isSingleCall(String name) {
    Config.Block b = config.calls().get(name);
    return b != null && b.body().attribute("count") == null && b.body().attribute("for_each") == null;
  }

  Value moduleOutput(String name, String output) {
    Call c = call(name);
    if (c.unresolved() != null) {
      return Value.UNKNOWN;
    }
    return c.children().get(0).output(output);
  }

  Value moduleValue(String name) {
    Call c = call(name);
    if (c.unresolved() != null || c.expansion().unknown()) {
      return Value.UNKNOWN;
    }
    List<Value> objects = new ArrayList<>();
    for (ModuleInstance child : c.children()) {
      Map<String, Value> outs = new LinkedHashMap<>();
      for (String o : child.config.outputs().keySet()) {
        try {
          outs.put(o, child.output(o));
        } catch (EvalException e) {
          if (e.fatal) {
            throw e;
          }
          outs.put(o, Value.UNKNOWN);
        }
      }
      objects.add(ev.open(Conv.obj(outs)));
    }
    return c.expansion().reference(objects);
  }

  Call call(String name) {
    return memo("module." + name, () -> {
      Config.Block b = config.calls().get(name);
      if (b == null) {
        throw new FnException("there is no module call named \"" + name + "\"");
      }
      Sources.Resolved r = Sources.resolve(b, this);
      if (r.dir() == null) {
        ev.note(b.location() + ": " + prefix() + "module." + name + ": " + r.reason());
        return new Call(null, List.of(), r.reason());
      }
      Module child = r.module();
      Scope base = new Scope(this, b.file(), Map.of());
      Expansion x = Expansion.of(b.body(), base, ev.evaluator, ev, b.location());
      if (x.unknown()) {
        ev.note(b.location() + ": " + prefix() + "module." + name + ": " + x.note());
      }
      Map<String, String> passed = Providers.passed(b.body().attribute("providers"));
      List<ModuleInstance> children = new ArrayList<>();
      for (Expansion.Key k : x.keys()) {
        Scope inner = x.bind(base, k);
        Map<String, Supplier<Value>> in = new HashMap<>();
        b.body().attributes().forEach((attr, expr) -> {
          if (!CALL_META.contains(attr)) {
            in.put(attr, lazily(() -> ev.evaluator.evalOrUnknown(expr, inner)));
          }
        });
        ModuleInstance m = new ModuleInstance(ev, child, prefix() + "module." + name + k.suffix(), this, depth + 1,
            in, null, Sources.pathModule(ev, child.dir()));
        m.providers = Providers.declaredIn(m, providers, passed);
        children.add(m);
      }
      return new Call(x, children, null);
    });
  }

  private static Supplier<Value> lazily(Supplier<Value> f) {
    Value[] cell = new Value[1];
    return () -> {
      if (cell[0] == null) {
        cell[0] = f.get();
      }
      return cell[0];
    };
  }

  /** Whether {@code dir} is this module's folder or that of a module above it. */
  boolean isWithin(Path dir) {
    for (ModuleInstance m = this; m != null; m = m.parent) {
      if (m.config.dir().equals(dir)) {
        return true;
      }
    }
    return false;
  }
}
