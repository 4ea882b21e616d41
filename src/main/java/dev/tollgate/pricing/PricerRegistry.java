package dev.tollgate.pricing;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.aws.AwsPricers;
import dev.tollgate.pricing.azure.AzurePricers;
import dev.tollgate.pricing.gcp.GcpPricers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every pricer, listed once per cloud and sorted by the type it prices; then {@link FreeResources};
 * everything else is "not supported" with the reason ({@link UnsupportedResources} or a generic one).
 * No classpath scanning: adding a resource is one line in its cloud's list.
 */
public final class PricerRegistry {

  /** Each cloud lists its pricers once, sorted by type ({@link AwsPricers}, {@link GcpPricers}, {@link AzurePricers}). */
  private static final List<Pricer> PRICERS = all();

  private static List<Pricer> all() {
    List<Pricer> out = new ArrayList<>(AwsPricers.ALL);
    out.addAll(GcpPricers.ALL);
    out.addAll(AzurePricers.ALL);
    return List.copyOf(out);
  }

  private final Map<String, Pricer> byType;

  public PricerRegistry() {
    Map<String, Pricer> m = new TreeMap<>();
    for (Pricer p : PRICERS) {
      if (m.put(p.resourceType(), p) != null) {
        throw new IllegalStateException("two pricers for " + p.resourceType());
      }
    }
    this.byType = Collections.unmodifiableMap(m);
  }

  public Map<String, Pricer> pricers() {
    return byType;
  }

  /** How a type fares: priced, free, or not supported with the reason. */
  public String status(String type) {
    if (byType.containsKey(type)) {
      return "priced";
    }
    if (FreeResources.isFree(type)) {
      return "free";
    }
    return "not supported: " + UnsupportedResources.reason(type).orElse("no pricer yet");
  }

  public boolean isPriced(String type) {
    return byType.containsKey(type);
  }

  public Outcome price(Resource resource, Usage usage, Prices prices) {
    return price(resource, usage, prices, RelatedResources.NONE);
  }

  /** Prices {@code resource}; {@code related} are the other resources on its side of the change. */
  public Outcome price(Resource resource, Usage usage, Prices prices, RelatedResources related) {
    Pricer pricer = byType.get(resource.type());
    if (pricer != null) {
      return pricer.price(resource, usage, prices, related);
    }
    if (FreeResources.isFree(resource.type())) {
      return new Outcome.Free("costs nothing by itself");
    }
    return new Outcome.Unsupported(unsupportedReason(resource));
  }

  private static String unsupportedReason(Resource r) {
    java.util.Optional<String> known = UnsupportedResources.reason(r.type());
    if (known.isPresent()) {
      return known.get();
    }
    switch (r.provider()) {
      case "aws":
      case "google":
      case "google-beta":
      case "azurerm":
        return "Tollgate has no pricer for " + r.type() + " yet";
      default:
        return "the " + r.provider() + " provider is not a cloud Tollgate prices";
    }
  }
}
