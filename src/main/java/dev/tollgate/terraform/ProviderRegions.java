package dev.tollgate.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.Region;
import java.util.HashMap;
import java.util.Iterator;
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

  private final JsonNode providerConfig;
  private final JsonNode rootModule;
  private final JsonNode variables;
  /** Config address ({@code module.a.module.b.aws_instance.web}) to provider_config_key. */
  private final Map<String, String> providerKeys = new HashMap<>();
  private final Map<String, Optional<Region>> fromConfigCache = new HashMap<>();

  ProviderRegions(JsonNode configuration, JsonNode variables) {
    this.providerConfig = configuration.path("provider_config");
    this.rootModule = configuration.path("root_module");
    this.variables = variables;
    indexModule(rootModule, "");
  }

  private void indexModule(JsonNode module, String prefix) {
    for (JsonNode r : module.path("resources")) {
      String key = r.path("provider_config_key").asText("");
      String address = r.path("address").asText("");
      if (!key.isEmpty() && !address.isEmpty()) {
        providerKeys.put(prefix + address, key);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> calls = module.path("module_calls").fields();
    while (calls.hasNext()) {
      Map.Entry<String, JsonNode> call = calls.next();
      indexModule(call.getValue().path("module"), prefix + "module." + call.getKey() + ".");
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
      JsonNode config = providerConfig.path(current);
      if (!config.isMissingNode()) {
        Optional<String> value = regionOf(provider, config);
        if (value.isPresent()) {
          String code = Regions.normalise(provider, value.get());
          return Optional.of(Region.of(code, inherited ? Region.Source.PROVIDER_DEFAULT : Region.Source.PROVIDER_CONFIG));
        }
      }
      String parent = parentKey(current, provider);
      inherited = true;
      current = parent;
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

  private Optional<String> regionOf(String provider, JsonNode config) {
    JsonNode expressions = config.path("expressions");
    String[] names = provider.startsWith("google") ? new String[] {"region", "zone"} : new String[] {"region"};
    String module = config.path("module_address").asText("");
    for (String name : names) {
      Optional<String> v = evaluate(expressions.path(name), module, 0);
      if (v.isPresent() && !v.get().isBlank()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** A constant, or a {@code var.x} reference resolved in the scope of {@code module}. */
  private Optional<String> evaluate(JsonNode expression, String module, int depth) {
    if (expression.isMissingNode() || depth > MAX_HOPS) {
      return Optional.empty();
    }
    JsonNode constant = expression.get("constant_value");
    if (constant != null && constant.isValueNode() && !constant.isNull()) {
      return Optional.of(constant.asText());
    }
    for (JsonNode ref : expression.path("references")) {
      String r = ref.asText("");
      if (r.startsWith("var.")) {
        Optional<String> v = variable(r.substring(4), module, depth);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> variable(String name, String module, int depth) {
    if (module.isEmpty()) {
      JsonNode v = variables.path(name).path("value");
      if (v.isValueNode() && !v.isNull()) {
        return Optional.of(v.asText());
      }
      JsonNode def = rootModule.path("variables").path(name).path("default");
      return def.isValueNode() && !def.isNull() ? Optional.of(def.asText()) : Optional.empty();
    }
    // The module's input comes from the calling module's expression for it.
    String[] path = module.replace("module.", "").split("\\.");
    JsonNode callerModule = rootModule;
    StringBuilder callerAddress = new StringBuilder();
    for (int i = 0; i < path.length - 1; i++) {
      callerModule = callerModule.path("module_calls").path(path[i]).path("module");
      callerAddress.append(callerAddress.length() == 0 ? "" : ".").append("module.").append(path[i]);
    }
    JsonNode call = callerModule.path("module_calls").path(path[path.length - 1]);
    Optional<String> fromCaller = evaluate(call.path("expressions").path(name), callerAddress.toString(), depth + 1);
    if (fromCaller.isPresent()) {
      return fromCaller;
    }
    JsonNode def = call.path("module").path("variables").path(name).path("default");
    return def.isValueNode() && !def.isNull() ? Optional.of(def.asText()) : Optional.empty();
  }
}
