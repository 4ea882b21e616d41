package dev.tollgate.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The other resources on the same side of a change (all befores, or all afters), for the pricers
 * whose price depends on another resource: an instance group manager's size times its instance
 * template's machine, a node pool in its cluster's location, a snapshot of a disk's size. A reference
 * is followed first as the configuration states it ({@link References}), then by value: an attribute
 * whose value is the other resource's {@code id}, {@code self_link}, {@code name} or {@code arn}
 * (a plan of resources that already exist). The engine builds one per side; lookups are indexed, so
 * a plan of thousands of resources costs no quadratic scan, and the reverse lookups are memoised.
 */
public final class RelatedResources {

  public static final RelatedResources NONE = new RelatedResources(List.of(), References.NONE);

  private static final List<String> IDENTIFIERS = List.of("id", "self_link", "name", "arn");

  private final References references;
  private final Map<String, List<Resource>> byConfigAddress;
  /** Per configuration address, each instance by its index ({@code [3]}, {@code ["a"]}, or empty). */
  private final Map<String, Map<String, Resource>> instances;
  private final Map<String, List<Resource>> byType;
  /** Per type, each identifier value to the resources carrying it; built on first use. */
  private final Map<String, Map<String, List<Resource>>> byIdentifier;
  /** Per (referring type, attribute, target type), each target's address to who refers to it. */
  private final Map<String, Map<String, List<Resource>>> reverse;
  /** Changed copies answered in place of the resources of the same address (see {@link #replacing}). */
  private final Map<String, Resource> substitutes;

  private RelatedResources(List<Resource> resources, References references) {
    this.references = Objects.requireNonNull(references, "references");
    this.byConfigAddress = new HashMap<>();
    this.instances = new HashMap<>();
    this.byType = new HashMap<>();
    this.byIdentifier = new ConcurrentHashMap<>();
    this.reverse = new ConcurrentHashMap<>();
    this.substitutes = Map.of();
    for (Resource r : resources) {
      byConfigAddress.computeIfAbsent(r.configAddress(), k -> new ArrayList<>()).add(r);
      instances.computeIfAbsent(r.configAddress(), k -> new HashMap<>()).putIfAbsent(indexOf(r.address()), r);
      byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
    }
  }

  public static RelatedResources of(List<Resource> side, References references) {
    return new RelatedResources(side, references);
  }

  /** A view sharing {@code base}'s indexes, answering {@code substitutes} for the resources of their addresses. */
  private RelatedResources(RelatedResources base, Map<String, Resource> substitutes) {
    this.references = base.references;
    this.byConfigAddress = base.byConfigAddress;
    this.instances = base.instances;
    this.byType = base.byType;
    this.byIdentifier = base.byIdentifier;
    this.reverse = base.reverse;
    this.substitutes = Map.copyOf(substitutes);
  }

  /**
   * The same side with {@code changed} standing in for the resource of its address, for pricing a
   * proposal (a launch template with another instance type) without re-indexing the whole side. The
   * lookups still run on the original's identifiers and references, so {@code changed} should keep them.
   */
  public RelatedResources replacing(Resource changed) {
    Map<String, Resource> subs = new HashMap<>(substitutes);
    subs.put(changed.address(), changed);
    return new RelatedResources(this, subs);
  }

  private Resource sub(Resource r) {
    return substitutes.isEmpty() ? r : substitutes.getOrDefault(r.address(), r);
  }

  private List<Resource> sub(List<Resource> rs) {
    if (substitutes.isEmpty()) {
      return rs;
    }
    List<Resource> out = new ArrayList<>(rs.size());
    rs.forEach(r -> out.add(sub(r)));
    return out;
  }

  /**
   * The resources of {@code type} that {@code from}'s {@code attributePath} ({@code version.instance_template})
   * refers to, in input order. Where the configuration names several instances (a {@code count}), the
   * one with {@code from}'s own index is preferred.
   */
  public List<Resource> referencedBy(Resource from, String attributePath, String type) {
    List<Resource> byConfig = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String ownIndex = indexOf(from.address());
    for (String target : references.of(from.configAddress(), attributePath)) {
      String bare = Addresses.withoutIndexes(target);
      Map<String, Resource> named = instances.getOrDefault(bare, Map.of());
      // An explicit index names one instance; a counted referrer prefers the target with its own index.
      Resource one = !bare.equals(target) ? named.get(indexOf(target)) : ownIndex.isEmpty() ? null : named.get(ownIndex);
      List<Resource> candidates = one != null ? List.of(one)
          : bare.equals(target) ? byConfigAddress.getOrDefault(bare, List.of()) : List.of();
      for (Resource r : candidates) {
        if (r.type().equals(type) && r != from && seen.add(r.address())) {
          byConfig.add(r);
        }
      }
    }
    if (!byConfig.isEmpty()) {
      return sub(byConfig);
    }
    Map<String, List<Resource>> ids = byIdentifier.computeIfAbsent(type, this::identifiers);
    List<Resource> byValue = new ArrayList<>();
    for (String v : values(from.attributes(), attributePath)) {
      for (Resource r : ids.getOrDefault(v, List.of())) {
        if (r != from && seen.add(r.address())) {
          byValue.add(r);
        }
      }
    }
    return sub(byValue);
  }

  /**
   * The first resource of {@code type} that {@code from}'s {@code attribute} refers to, where the
   * reference may sit anywhere inside it: {@code mixed_instances_policy} finds the launch template
   * named at {@code mixed_instances_policy.launch_template.launch_template_specification.launch_template_id}.
   */
  public Optional<Resource> first(Resource from, String attribute, String type) {
    for (Map.Entry<String, List<String>> e : references.of(from.configAddress()).entrySet()) {
      String path = e.getKey();
      if (path.equals(attribute) || path.startsWith(attribute + ".")) {
        List<Resource> found = referencedBy(from, path, type);
        if (!found.isEmpty()) {
          return Optional.of(found.get(0));
        }
      }
    }
    List<Resource> byValue = referencedBy(from, attribute, type);
    return byValue.isEmpty() ? Optional.empty() : Optional.of(byValue.get(0));
  }

  /** The first resource of {@code type} whose {@code key} attribute is {@code value}: a launch configuration by name. */
  public Optional<Resource> withAttribute(String type, String key, String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return byType.getOrDefault(type, List.of()).stream()
        .filter(r -> r.attributes().string(key).filter(value::equals).isPresent())
        .findFirst().map(this::sub);
  }

  /** The resources of {@code type} whose {@code attributePath} refers to {@code to}: an autoscaler of a group. */
  public List<Resource> referencing(Resource to, String type, String attributePath) {
    Map<String, List<Resource>> index = reverse.computeIfAbsent(type + "|" + attributePath + "|" + to.type(), k -> {
      Map<String, List<Resource>> m = new HashMap<>();
      for (Resource r : byType.getOrDefault(type, List.of())) {
        for (Resource target : referencedBy(r, attributePath, to.type())) {
          m.computeIfAbsent(target.address(), a -> new ArrayList<>()).add(r);
        }
      }
      return m;
    });
    List<Resource> out = new ArrayList<>();
    for (Resource r : index.getOrDefault(to.address(), List.of())) {
      if (r != to) {
        out.add(r);
      }
    }
    return sub(out);
  }

  private Map<String, List<Resource>> identifiers(String type) {
    Map<String, List<Resource>> m = new HashMap<>();
    for (Resource r : byType.getOrDefault(type, List.of())) {
      for (String key : IDENTIFIERS) {
        r.attributes().string(key).filter(s -> !s.isEmpty())
            .ifPresent(id -> m.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
      }
    }
    return m;
  }

  private static String indexOf(String address) {
    return address.endsWith("]") ? address.substring(address.lastIndexOf('[')) : "";
  }

  /** Every string at {@code path} ({@code version.instance_template}) across the blocks on the way. */
  static List<String> values(Attributes a, String path) {
    String[] steps = path.split("\\.");
    List<Attributes> level = List.of(a);
    for (int i = 0; i < steps.length - 1; i++) {
      List<Attributes> next = new ArrayList<>();
      for (Attributes x : level) {
        next.addAll(x.blocks(steps[i]));
      }
      level = next;
    }
    Set<String> out = new LinkedHashSet<>();
    for (Attributes x : level) {
      x.string(steps[steps.length - 1]).filter(s -> !s.isEmpty()).ifPresent(out::add);
      out.addAll(x.strings(steps[steps.length - 1]));
    }
    return List.copyOf(out);
  }
}
