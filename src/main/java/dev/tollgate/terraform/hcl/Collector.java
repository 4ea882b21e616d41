package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Action;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.Regions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the evaluated module tree and turns each managed resource instance into the
 * {@link Resource} the plan reader would give: the same address format, attributes, tags and a
 * region resolved from the resource, then its provider configuration, then the root provider.
 */
final class Collector {

  private Collector() {}

  static void collect(ModuleInstance m, List<ResourceChange> out, Evaluation ev) {
    for (Config.Block b : m.config().resources()) {
      String type = b.label(0);
      String configAddress = m.prefix() + type + "." + b.label(1);
      ModuleInstance.Instances is = m.instances(b, "resource.");
      if (is.expansion().unknown()) {
        ev.note(b.location() + ": " + configAddress + ": " + is.expansion().note());
      }
      String key = providerKey(b);
      String provider = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      for (int i = 0; i < is.objects().size(); i++) {
        String address = configAddress + is.expansion().keys().get(i).suffix();
        Attributes attrs = new Attributes((Value.ObjV) is.objects().get(i));
        Region region = region(m, provider, key, attrs, ev);
        Resource r = new Resource(address, type, provider, region, attrs, tags(m, provider, key, attrs, ev), Action.CREATE);
        out.add(new ResourceChange(address, type, Action.CREATE, Optional.empty(), Optional.of(r)));
        ev.resourceBlocks.put(address, b);
      }
    }
    for (String name : m.config().calls().keySet()) {
      ModuleInstance.Call c;
      try {
        c = m.call(name);
      } catch (EvalException e) {
        if (e.fatal) {
          throw e;
        }
        ev.note(e.render() + "; the resources of " + m.prefix() + "module." + name + " are not in the estimate");
        continue;
      }
      for (ModuleInstance child : c.children()) {
        collect(child, out, ev);
      }
    }
  }

  /** {@code provider = aws.west}, or the provider named by the type's prefix. */
  private static String providerKey(Config.Block b) {
    Config.Expr p = b.body().attribute("provider");
    if (p != null) {
      return Providers.reference(p.node());
    }
    String type = b.label(0);
    int u = type.indexOf('_');
    return u > 0 ? type.substring(0, u) : type;
  }

  static Region region(ModuleInstance m, String provider, String key, Attributes a, Evaluation ev) {
    Optional<String> own = Regions.fromAttributes(provider, a);
    if (own.isPresent()) {
      return Region.of(own.get(), Region.Source.ATTRIBUTE);
    }
    Providers.ProviderConfig config = m.providers.get(key);
    if (config != null) {
      Optional<String> r = config.region(provider, ev);
      if (r.isPresent()) {
        // PROVIDER_DEFAULT as the plan reader means it: a module resource on the root's default configuration.
        boolean rootDefault = m.parent != null && config.owner.parent == null && config.block.body().attribute("alias") == null;
        return Region.of(Regions.normalise(provider, r.get()), rootDefault ? Region.Source.PROVIDER_DEFAULT : Region.Source.PROVIDER_CONFIG);
      }
    }
    ModuleInstance root = m;
    while (root.parent != null) {
      root = root.parent;
    }
    Providers.ProviderConfig rootConfig = root.providers.get(provider);
    if (rootConfig != null && rootConfig != config) {
      Optional<String> r = rootConfig.region(provider, ev);
      if (r.isPresent()) {
        return Region.of(Regions.normalise(provider, r.get()), Region.Source.PROVIDER_DEFAULT);
      }
    }
    Region assumed = Regions.assumed(provider);
    boolean configuredButUnknown = (config != null && config.block.body().attribute("region") != null)
        || (rootConfig != null && rootConfig.block.body().attribute("region") != null);
    if (configuredButUnknown && assumed.isKnown()) {
      return new Region(assumed.code(), Region.Source.ASSUMED, "the " + provider
          + " provider's region is not known before apply (a variable without a value?); priced as " + assumed.code());
    }
    return assumed;
  }

  /** Labels on Google; elsewhere the provider's default tags (as the plan's tags_all has them) under the resource's own. */
  private static Map<String, String> tags(ModuleInstance m, String provider, String key, Attributes a, Evaluation ev) {
    if (provider.startsWith("google")) {
      return a.stringMap("labels");
    }
    Providers.ProviderConfig config = m.providers.get(key);
    if (config == null) {
      return a.stringMap("tags");
    }
    Map<String, String> all = new java.util.LinkedHashMap<>(config.defaultTags(ev));
    all.putAll(a.stringMap("tags"));
    return all;
  }
}
