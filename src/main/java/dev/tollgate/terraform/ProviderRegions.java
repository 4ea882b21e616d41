package dev.tollgate.terraform;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Region;
import dev.tollgate.model.Value;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Works out each plan resource's region: its own region / location / zone attribute first, then the
 * provider configuration it uses ({@code configuration.provider_config}, aliases and module-scoped
 * keys included, {@code var.x} references resolved against the plan's variables and module inputs),
 * then the root provider of the same name, and only then an assumed default that the report shows.
 */
final class ProviderRegions {

  private static final int MAX_HOPS = 16;

  private final Value providerConfig;
  private final Value rootModule;
  private final Value variables;
  /** Config address ({@code module.a.module.b.aws_instance.web}) to provider_config_key. */
  private final Map<String, String> providerKeys = new HashMap<>();
  private final Map<String, Optional<Region>> fromConfigCache = new HashMap<>();

  ProviderRegions(Value configuration, Value variables) {
    this.providerConfig = get(configuration, "provider_config");
    this.rootModule = get(configuration, "root_module");
    this.variables = variables;
    indexModule(rootModule, "");
  }

  /** A field of an object, or null when there is none. */
  static Value get(Value v, String key) {
    return v instanceof Value.ObjV ? ((Value.ObjV) v).get(key) : Value.NULL;
  }

  static Value path(Value v, String... keys) {
    Value out = v;
    for (String k : keys) {
      out = get(out, k);
    }
    return out;
  }

  private static String text(Value v) {
    return v instanceof Value.Str || v instanceof Value.Num || v instanceof Value.Bool ? v.toString() : "";
  }

  private void indexModule(Value module, String prefix) {
    Value resources = get(module, "resources");
    if (resources instanceof Value.ListV) {
      for (Value r : ((Value.ListV) resources).items()) {
        String key = text(get(r, "provider_config_key"));
        String address = text(get(r, "address"));
        if (!key.isEmpty() && !address.isEmpty()) {
          providerKeys.put(prefix + address, key);
        }
      }
    }
    Value calls = get(module, "module_calls");
    if (calls instanceof Value.ObjV) {
      ((Value.ObjV) calls).fields().forEach((name, call) ->
          indexModule(get(call, "module"), prefix + "module." + name + "."));
    }
  }

  Region resolve(String provider, String configAddress, String moduleAddress, Attributes attributes) {
    Optional<String> own = Regions.fromAttributes(provider, attributes);
    if (own.isPresent()) {
      return Region.of(own.get(), Region.Source.ATTRIBUTE);
    }
    String key = providerKeys.getOrDefault(configAddress, defaultKey(provider, moduleAddress));
    return fromConfigCache
        .computeIfAbsent(provider + "|" + key, k -> fromProviderKey(provider, key))
        .orElseGet(() -> Regions.assumed(provider));
  }

  private static String defaultKey(String provider, String moduleAddress) {
    return moduleAddress.isEmpty() ? provider : moduleAddress + ":" + provider;
  }

  /** Tries the key, then the keys of the modules above it, ending with the root provider. */
  private Optional<Region> fromProviderKey(String provider, String key) {
    String current = key;
    boolean inherited = false;
    for (int hop = 0; hop < MAX_HOPS && current != null; hop++) {
      Value config = get(providerConfig, current);
      if (config instanceof Value.ObjV) {
        Optional<String> value = regionOf(provider, config);
        if (value.isPresent()) {
          String code = Regions.normalise(provider, value.get());
          return Optional.of(Region.of(code, inherited ? Region.Source.PROVIDER_DEFAULT : Region.Source.PROVIDER_CONFIG));
        }
      }
      current = parentKey(current, provider);
      inherited = true;
    }
    return Optional.empty();
  }

  /**
   * {@code module.a.module.b:aws} to {@code module.a:aws} to {@code aws}; TF 0.12's {@code a.b:aws}
   * likewise; an alias {@code aws.east} to {@code aws}.
   */
  static String parentKey(String key, String provider) {
    int colon = key.lastIndexOf(':');
    if (colon >= 0) {
      String module = key.substring(0, colon);
      String name = key.substring(colon + 1);
      int cut = module.lastIndexOf(".module.");
      if (cut >= 0) {
        return module.substring(0, cut) + ":" + name;
      }
      if (!module.startsWith("module.") && module.contains(".")) {
        return module.substring(0, module.lastIndexOf('.')) + ":" + name;
      }
      return name;
    }
    if (!key.equals(provider) && key.startsWith(provider + ".")) {
      return provider;
    }
    return null;
  }

  private Optional<String> regionOf(String provider, Value config) {
    Value expressions = get(config, "expressions");
    String[] names = provider.startsWith("google") ? new String[] {"region", "zone"} : new String[] {"region"};
    String module = text(get(config, "module_address"));
    for (String name : names) {
      Optional<String> v = evaluate(get(expressions, name), module, 0);
      if (v.isPresent() && !v.get().isBlank()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** A constant, or a {@code var.x} reference resolved in the scope of {@code module}. */
  private Optional<String> evaluate(Value expression, String module, int depth) {
    if (!(expression instanceof Value.ObjV) || depth > MAX_HOPS) {
      return Optional.empty();
    }
    String constant = text(get(expression, "constant_value"));
    if (!constant.isEmpty()) {
      return Optional.of(constant);
    }
    Value refs = get(expression, "references");
    if (refs instanceof Value.ListV) {
      for (Value ref : ((Value.ListV) refs).items()) {
        String r = text(ref);
        if (r.startsWith("var.")) {
          Optional<String> v = variable(r.substring(4), module, depth);
          if (v.isPresent()) {
            return v;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> variable(String name, String module, int depth) {
    if (module.isEmpty()) {
      String v = text(path(variables, name, "value"));
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
      String def = text(path(rootModule, "variables", name, "default"));
      return def.isEmpty() ? Optional.empty() : Optional.of(def);
    }
    // The module's input comes from the calling module's expression for it.
    String[] steps = module.replace("module.", "").split("\\.");
    Value callerModule = rootModule;
    StringBuilder callerAddress = new StringBuilder();
    for (int i = 0; i < steps.length - 1; i++) {
      callerModule = path(callerModule, "module_calls", steps[i], "module");
      callerAddress.append(callerAddress.length() == 0 ? "" : ".").append("module.").append(steps[i]);
    }
    Value call = path(callerModule, "module_calls", steps[steps.length - 1]);
    Optional<String> fromCaller = evaluate(path(call, "expressions", name), callerAddress.toString(), depth + 1);
    if (fromCaller.isPresent()) {
      return fromCaller;
    }
    String def = text(path(call, "module", "variables", name, "default"));
    return def.isEmpty() ? Optional.empty() : Optional.of(def);
  }
}
