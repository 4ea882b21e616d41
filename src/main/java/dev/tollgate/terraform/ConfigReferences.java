package dev.tollgate.terraform;

import static dev.tollgate.terraform.ProviderRegions.get;
import static dev.tollgate.terraform.ProviderRegions.path;

import dev.tollgate.model.References;
import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which resources each resource's configuration refers to from a plan's {@code configuration}
 * block: every expression's {@code references}, followed through module inputs ({@code var.x} to the
 * calling module's argument) and module outputs ({@code module.tpl.self_link} to the output's
 * expression) and data sources (to what their arguments refer to), so a group manager in one module
 * finds the instance template made in another. Locals are not in a plan's configuration.
 */
final class ConfigReferences {

  private static final int MAX_HOPS = 16;
  /**
   * {@code google_compute_instance_template.tpl[0].self_link}: a managed resource, maybe one instance
   * of it; a computed index ({@code [count.index]}) names the whole resource.
   */
  private static final Pattern RESOURCE =
      Pattern.compile("^([a-z0-9]+_[a-z0-9_]+)\\.([A-Za-z_][A-Za-z0-9_-]*)(\\[(?:\\d+|\"[^\"]*\")\\])?");

  private final Value rootModule;
  /** Data sources by scope and address ({@code module.a.data.azurerm_resource_group.rg}) to their expressions. */
  private final Map<String, Value> dataSources = new java.util.HashMap<>();

  private ConfigReferences(Value configuration) {
    this.rootModule = get(configuration, "root_module");
    indexData(rootModule, "");
  }

  private void indexData(Value module, String scope) {
    Value resources = get(module, "resources");
    if (resources instanceof Value.ListV) {
      for (Value r : ((Value.ListV) resources).items()) {
        if ("data".equals(text(get(r, "mode")))) {
          dataSources.put(scope + text(get(r, "address")), get(r, "expressions"));
        }
      }
    }
    Value calls = get(module, "module_calls");
    if (calls instanceof Value.ObjV) {
      ((Value.ObjV) calls).fields().forEach((name, call) -> indexData(get(call, "module"), scope + "module." + name + "."));
    }
  }

  static References read(Value configuration) {
    ConfigReferences c = new ConfigReferences(configuration);
    Map<String, Map<String, List<String>>> out = new TreeMap<>();
    c.module(c.rootModule, "", out);
    return new References(out);
  }

  private void module(Value module, String scope, Map<String, Map<String, List<String>>> out) {
    Value resources = get(module, "resources");
    if (resources instanceof Value.ListV) {
      for (Value r : ((Value.ListV) resources).items()) {
        if (!"managed".equals(text(get(r, "mode"))) && !text(get(r, "mode")).isEmpty()) {
          continue;
        }
        Map<String, Set<String>> byPath = new TreeMap<>();
        expressionsAt(get(r, "expressions"), "", scope, 0, byPath);
        if (!byPath.isEmpty()) {
          Map<String, List<String>> frozen = new LinkedHashMap<>();
          byPath.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
          out.put(scope + text(get(r, "address")), Collections.unmodifiableMap(frozen));
        }
      }
    }
    Value calls = get(module, "module_calls");
    if (calls instanceof Value.ObjV) {
      ((Value.ObjV) calls).fields().forEach((name, call) ->
          module(get(call, "module"), scope + "module." + name + ".", out));
    }
  }

  /** Walks an {@code expressions} tree: attributes are expressions, nested blocks are lists of them. */
  private void expressionsAt(Value v, String at, String scope, int depth, Map<String, Set<String>> byPath) {
    if (depth > MAX_HOPS) {
      return;
    }
    if (v instanceof Value.ListV) {
      for (Value item : ((Value.ListV) v).items()) {
        expressionsAt(item, at, scope, depth, byPath);
      }
      return;
    }
    if (!(v instanceof Value.ObjV)) {
      return;
    }
    Value.ObjV o = (Value.ObjV) v;
    if (o.fields().containsKey("references") || o.fields().containsKey("constant_value")) {
      Set<String> targets = new LinkedHashSet<>();
      resolve(get(o, "references"), scope, depth, targets);
      if (!targets.isEmpty() && !at.isEmpty()) {
        byPath.computeIfAbsent(at, k -> new LinkedHashSet<>()).addAll(targets);
      }
      return;
    }
    o.fields().forEach((k, child) -> expressionsAt(child, at.isEmpty() ? k : at + "." + k, scope, depth, byPath));
  }

  /** Turns one expression's references, written in {@code scope}, into module-qualified resource addresses. */
  private void resolve(Value refs, String scope, int depth, Set<String> out) {
    if (!(refs instanceof Value.ListV) || depth > MAX_HOPS) {
      return;
    }
    for (Value ref : ((Value.ListV) refs).items()) {
      String r = text(ref);
      if (r.startsWith("var.")) {
        inputOf(r.substring(4).split("[.\\[]")[0], scope, depth, out);
      } else if (r.startsWith("module.")) {
        outputOf(r, scope, depth, out);
      } else if (r.startsWith("data.")) {
        dataSource(r, scope, depth, out);
      } else if (!r.startsWith("local.")) {
        Matcher m = RESOURCE.matcher(r);
        if (m.find()) {
          out.add(scope + m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
        }
      }
    }
  }

  /**
   * A data source is read through its arguments: {@code data.azurerm_resource_group.rg} whose
   * {@code name} is {@code azurerm_resource_group.main.name} reads that resource group, so a location
   * taken from the data source refers to it.
   */
  private void dataSource(String ref, String scope, int depth, Set<String> out) {
    String[] parts = ref.split("\\.");
    if (parts.length < 3) {
      return;
    }
    Value expressions = dataSources.get(scope + "data." + parts[1] + "." + parts[2].replaceAll("\\[.*$", ""));
    if (expressions != null) {
      Map<String, Set<String>> byPath = new TreeMap<>();
      expressionsAt(expressions, "", scope, depth + 1, byPath);
      byPath.values().forEach(out::addAll);
    }
  }

  /** {@code var.x} inside module scope {@code module.a.module.b.}: the argument {@code x} of the call to {@code b}. */
  private void inputOf(String name, String scope, int depth, Set<String> out) {
    if (scope.isEmpty()) {
      return;
    }
    List<String> steps = steps(scope);
    String callerScope = scopeOf(steps.subList(0, steps.size() - 1));
    Value call = path(moduleAt(steps.subList(0, steps.size() - 1)), "module_calls", steps.get(steps.size() - 1));
    resolve(path(call, "expressions", name, "references"), callerScope, depth + 1, out);
  }

  /** {@code module.tpl.self_link} in {@code scope}: the references of the output's expression inside {@code tpl}. */
  private void outputOf(String ref, String scope, int depth, Set<String> out) {
    String[] parts = ref.split("\\.");
    if (parts.length < 3) {
      return;
    }
    String callName = parts[1].replaceAll("\\[.*$", "");
    String output = parts[2].replaceAll("\\[.*$", "");
    List<String> steps = new ArrayList<>(steps(scope));
    steps.add(callName);
    Value expression = path(moduleAt(steps), "outputs", output, "expression");
    resolve(get(expression, "references"), scopeOf(steps), depth + 1, out);
  }

  private Value moduleAt(List<String> steps) {
    Value m = rootModule;
    for (String s : steps) {
      m = path(m, "module_calls", s, "module");
    }
    return m;
  }

  /** {@code module.a.module.b.} to {@code [a, b]}. */
  private static List<String> steps(String scope) {
    List<String> out = new ArrayList<>();
    String[] parts = scope.split("\\.");
    for (int i = 0; i + 1 < parts.length; i += 2) {
      out.add(parts[i + 1]);
    }
    return out;
  }

  private static String scopeOf(List<String> steps) {
    StringBuilder b = new StringBuilder();
    steps.forEach(s -> b.append("module.").append(s).append('.'));
    return b.toString();
  }

  private static String text(Value v) {
    return v instanceof Value.Str ? ((Value.Str) v).value() : "";
  }
}
