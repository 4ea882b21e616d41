package dev.tollgate.terraform;

import dev.tollgate.model.References;
import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the resource-to-resource references of a plan's {@code configuration}: for each managed
 * resource (in the root module and every module call), each top-level expression's
 * {@code references} that name another managed resource, such as an autoscaling group's
 * {@code launch_configuration = aws_launch_configuration.web.name}. References through variables,
 * locals, module outputs and data sources are not followed: a pricer then falls back to matching
 * attribute values, or says what it could not see.
 */
final class ConfigReferences {

  private static final Pattern RESOURCE_TYPE = Pattern.compile("[a-z][a-z0-9]*_[a-z0-9_]+");
  private static final Set<String> NOT_RESOURCES =
      Set.of("data", "var", "local", "module", "each", "count", "path", "self", "terraform");

  private ConfigReferences() {}

  static References read(Value configuration) {
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    if (configuration instanceof Value.ObjV) {
      module(((Value.ObjV) configuration).get("root_module"), "", out);
    }
    return out.isEmpty() ? References.NONE : new References(out);
  }

  private static void module(Value module, String prefix, Map<String, Map<String, List<String>>> out) {
    if (!(module instanceof Value.ObjV)) {
      return;
    }
    Value.ObjV m = (Value.ObjV) module;
    if (m.get("resources") instanceof Value.ListV) {
      for (Value r : ((Value.ListV) m.get("resources")).items()) {
        resource(r, prefix, out);
      }
    }
    if (m.get("module_calls") instanceof Value.ObjV) {
      ((Value.ObjV) m.get("module_calls")).fields().forEach((name, call) -> {
        if (call instanceof Value.ObjV) {
          module(((Value.ObjV) call).get("module"), prefix + "module." + name + ".", out);
        }
      });
    }
  }

  private static void resource(Value r, String prefix, Map<String, Map<String, List<String>>> out) {
    if (!(r instanceof Value.ObjV)) {
      return;
    }
    Value.ObjV res = (Value.ObjV) r;
    Value address = res.get("address");
    Value mode = res.get("mode");
    if (!(address instanceof Value.Str) || (mode instanceof Value.Str && !((Value.Str) mode).value().equals("managed"))) {
      return;
    }
    if (!(res.get("expressions") instanceof Value.ObjV)) {
      return;
    }
    Map<String, List<String>> attrs = new LinkedHashMap<>();
    ((Value.ObjV) res.get("expressions")).fields().forEach((attr, expr) -> {
      Set<String> targets = new LinkedHashSet<>();
      collect(expr, prefix, targets);
      if (!targets.isEmpty()) {
        attrs.put(attr, new ArrayList<>(targets));
      }
    });
    if (!attrs.isEmpty()) {
      out.put(prefix + ((Value.Str) address).value(), attrs);
    }
  }

  /** Every resource named by a {@code references} list anywhere inside an expression or nested block. */
  private static void collect(Value expr, String prefix, Set<String> targets) {
    if (expr instanceof Value.ListV) {
      for (Value item : ((Value.ListV) expr).items()) {
        collect(item, prefix, targets);
      }
      return;
    }
    if (!(expr instanceof Value.ObjV)) {
      return;
    }
    ((Value.ObjV) expr).fields().forEach((key, v) -> {
      if (key.equals("references") && v instanceof Value.ListV) {
        for (Value ref : ((Value.ListV) v).items()) {
          if (ref instanceof Value.Str) {
            String target = resourceOf(((Value.Str) ref).value());
            if (target != null) {
              targets.add(prefix + target);
            }
          }
        }
      } else {
        collect(v, prefix, targets);
      }
    });
  }

  /** {@code aws_launch_template.this[0].id} names {@code aws_launch_template.this}; {@code var.x} names none. */
  static String resourceOf(String reference) {
    String[] parts = reference.split("\\.");
    if (parts.length < 2 || NOT_RESOURCES.contains(parts[0]) || !RESOURCE_TYPE.matcher(parts[0]).matches()) {
      return null;
    }
    String name = parts[1];
    int bracket = name.indexOf('[');
    name = bracket < 0 ? name : name.substring(0, bracket);
    return name.isEmpty() ? null : parts[0] + "." + name;
  }
}
