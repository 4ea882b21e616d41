package dev.tollgate.pricing;

import dev.tollgate.model.References;
import dev.tollgate.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The other resources on the same side of a change, for the few pricers whose cost lives in a related
 * resource: an autoscaling group's launch template, an ECS service's task definition, a read replica's
 * source database. A pricer asks by the attribute that links them; the plan's configuration
 * references answer first (they work when the linking value is known only after apply), then a
 * resource whose attribute equals the linking value.
 */
public final class Related {

  public static final Related NONE = new Related(List.of(), References.NONE);

  private final Map<String, List<Resource>> byConfigAddress = new LinkedHashMap<>();
  private final List<Resource> resources;
  private final References references;

  public Related(List<Resource> resources, References references) {
    this.resources = List.copyOf(resources);
    this.references = references;
    for (Resource r : this.resources) {
      byConfigAddress.computeIfAbsent(r.configAddress(), k -> new ArrayList<>()).add(r);
    }
  }

  /**
   * The resource of {@code type} that {@code from}'s {@code attribute} refers to in the configuration.
   * Where the target has several instances (count, for_each), the one with {@code from}'s own
   * instance key is preferred, else the first.
   */
  public Optional<Resource> referencedBy(Resource from, String attribute, String type) {
    for (String target : references.of(from.configAddress(), attribute)) {
      if (!target.substring(target.lastIndexOf('.', target.lastIndexOf('.') - 1) + 1).startsWith(type + ".")) {
        continue;
      }
      List<Resource> candidates = byConfigAddress.getOrDefault(target, List.of());
      if (candidates.isEmpty()) {
        continue;
      }
      String key = instanceKey(from.address());
      return Optional.of(candidates.stream().filter(c -> instanceKey(c.address()).equals(key)).findFirst()
          .orElse(candidates.get(0)));
    }
    return Optional.empty();
  }

  /** The first resource of {@code type} whose {@code key} attribute equals {@code value}. */
  public Optional<Resource> withAttribute(String type, String key, String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return resources.stream()
        .filter(r -> r.type().equals(type) && r.attributes().string(key).filter(value::equals).isPresent())
        .findFirst();
  }

  /** {@code aws_x.y[2]} has key {@code [2]}; an unindexed address has none. */
  private static String instanceKey(String address) {
    return address.endsWith("]") ? address.substring(address.lastIndexOf('[')) : "";
  }
}
