package dev.tollgate.terraform.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * The provider configurations a module instance sees, by local key ({@code aws}, {@code aws.west}):
 * its own {@code provider} blocks, the defaults it inherits from its caller, and what the caller
 * passes with {@code providers = { aws = aws.replica }}.
 */
final class Providers {

  /** One {@code provider} block and the module instance it is evaluated in. */
  static final class ProviderConfig {
    final Config.Block block;
    final ModuleInstance owner;
    private Optional<String> region;

    ProviderConfig(Config.Block block, ModuleInstance owner) {
      this.block = block;
      this.owner = owner;
    }

    /** AWS's {@code default_tags { tags = {...} }}: tags every resource of this configuration gets. */
    Map<String, String> defaultTags(Evaluation ev) {
      Map<String, String> out = new LinkedHashMap<>();
      for (Config.Block b : block.body().blocks("default_tags")) {
        Config.Expr tags = b.body().attribute("tags");
        if (tags != null) {
          Value v = ev.evaluator.evalOrUnknown(tags, new Scope(owner, b.file(), Map.of()));
          out.putAll(new dev.tollgate.model.Attributes(new Value.ObjV(Map.of("t", v))).stringMap("t"));
        }
      }
      return out;
    }

    /** The configured region (Google: region, else zone), when it is known. */
    Optional<String> region(String provider, Evaluation ev) {
      if (region == null) {
        region = Optional.empty();
        for (String attr : provider.startsWith("google") ? new String[] {"region", "zone"} : new String[] {"region"}) {
          Config.Expr e = block.body().attribute(attr);
          if (e != null) {
            Value v = ev.evaluator.evalOrUnknown(e, new Scope(owner, block.file(), Map.of()));
            if (v instanceof Value.Str && !((Value.Str) v).value().isBlank()) {
              region = Optional.of(((Value.Str) v).value());
              break;
            }
          }
        }
      }
      return region;
    }
  }

  private final Map<String, ProviderConfig> byKey;

  private Providers(Map<String, ProviderConfig> byKey) {
    this.byKey = byKey;
  }

  static Providers declaredIn(ModuleInstance m, Providers fromCaller, Map<String, String> passed) {
    Map<String, ProviderConfig> byKey = new LinkedHashMap<>();
    if (fromCaller != null) {
      // A module inherits its caller's default configurations unless it is given others.
      fromCaller.byKey.forEach((k, v) -> {
        if (!k.contains(".")) {
          byKey.put(k, v);
        }
      });
      passed.forEach((local, parentKey) -> {
        ProviderConfig c = fromCaller.byKey.get(parentKey);
        if (c != null) {
          byKey.put(local, c);
        }
      });
    }
    for (Config.Block b : m.config().providers()) {
      Config.Expr alias = b.body().attribute("alias");
      String key = b.label(0);
      if (alias != null) {
        Value a = m.evaluation().evaluator.evalOrUnknown(alias, new Scope(m, b.file(), Map.of()));
        key = key + "." + (a instanceof Value.Str ? ((Value.Str) a).value() : "?");
      }
      byKey.put(key, new ProviderConfig(b, m));
    }
    return new Providers(byKey);
  }

  ProviderConfig get(String key) {
    return byKey.get(key);
  }

  /** {@code providers = { aws = aws.replica }} as local key to the caller's key. */
  static Map<String, String> passed(Config.Expr e) {
    Map<String, String> out = new LinkedHashMap<>();
    if (e == null) {
      return out;
    }
    if (e.node() instanceof Hcl.ObjectValue) {
      for (Expression x : ((Hcl.ObjectValue) e.node()).getAttributes()) {
        if (x instanceof Hcl.Attribute) {
          Hcl.Attribute a = (Hcl.Attribute) x;
          out.put(reference(a.getName()), reference(a.getValue()));
        }
      }
    } else if (e.node() instanceof JsonNode && ((JsonNode) e.node()).isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = ((JsonNode) e.node()).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        out.put(f.getKey(), f.getValue().asText());
      }
    }
    return out;
  }

  /** A provider reference written as a traversal ({@code aws.west}) or, in 0.11, a string. */
  static String reference(Object node) {
    if (node instanceof Hcl.AttributeAccess) {
      Hcl.AttributeAccess a = (Hcl.AttributeAccess) node;
      return reference(a.getAttribute()) + "." + a.getPadding().getName().getElement().getName();
    }
    if (node instanceof Hcl.VariableExpression) {
      return ((Hcl.VariableExpression) node).getName().getName();
    }
    if (node instanceof Hcl.Identifier) {
      return ((Hcl.Identifier) node).getName();
    }
    if (node instanceof Hcl.QuotedTemplate && ((Hcl.QuotedTemplate) node).getExpressions().size() == 1
        && ((Hcl.QuotedTemplate) node).getExpressions().get(0) instanceof Hcl.Literal) {
      return ((Hcl.Literal) ((Hcl.QuotedTemplate) node).getExpressions().get(0)).getValueSource();
    }
    if (node instanceof JsonNode) {
      return ((JsonNode) node).asText();
    }
    return Conv.abbreviate(String.valueOf(node));
  }
}
