package dev.tollgate.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The other resources on the same side of a change (all befores, or all afters), for the pricers
 * whose price depends on another resource: an instance group manager's size times its instance
 * template's machine, a node pool in its cluster's location, a snapshot of a disk's size. A reference
 * is followed first as the configuration states it ({@link References}), then by value: an attribute
 * whose value is the other resource's {@code id}, {@code self_link}, {@code name} or {@code arn}
 * (a plan of resources that already exist). The engine builds one per side; pricers never mutate it.
 */
public final class RelatedResources {

  public static final RelatedResources NONE = new RelatedResources(List.of(), References.NONE);

  private static final List<String> IDENTIFIERS = List.of("id", "self_link", "name", "arn");

  private final List<Resource> resources;
  private final References references;

  private RelatedResources(List<Resource> resources, References references) {
    this.resources = List.copyOf(resources);
    this.references = Objects.requireNonNull(references, "references");
  }

  public static RelatedResources of(List<Resource> side, References references) {
    return new RelatedResources(side, references);
  }

  /**
   * The resources of {@code type} that {@code from}'s {@code attributePath} ({@code version.instance_template})
   * refers to, in input order. Where the configuration names several instances (a {@code count}), the
   * one with {@code from}'s own index is preferred.
   */
  public List<Resource> referencedBy(Resource from, String attributePath, String type) {
    List<Resource> byConfig = new ArrayList<>();
    for (String target : references.of(from.configAddress(), attributePath)) {
      for (Resource r : resources) {
        if (r.type().equals(type) && sameTarget(target, r)) {
          byConfig.add(r);
        }
      }
    }
    if (!byConfig.isEmpty()) {
      return sameIndexFirst(from, distinct(byConfig));
    }
    List<String> values = values(from.attributes(), attributePath);
    List<Resource> byValue = new ArrayList<>();
    for (Resource r : resources) {
      if (r.type().equals(type) && r != from && identifies(r, values)) {
        byValue.add(r);
      }
    }
    return byValue;
  }

  /** The resources of {@code type} whose {@code attributePath} refers to {@code to}: an autoscaler of a group. */
  public List<Resource> referencing(Resource to, String type, String attributePath) {
    List<Resource> out = new ArrayList<>();
    for (Resource r : resources) {
      if (r.type().equals(type) && r != to && referencedBy(r, attributePath, to.type()).contains(to)) {
        out.add(r);
      }
    }
    return out;
  }

  /** A configuration reference names a resource, or one instance of it ({@code ...tpl[0]}). */
  private static boolean sameTarget(String target, Resource r) {
    String bare = Addresses.withoutIndexes(target);
    if (!r.configAddress().equals(bare)) {
      return false;
    }
    return bare.equals(target) || indexOf(r.address()).equals(indexOf(target));
  }

  private static List<Resource> sameIndexFirst(Resource from, List<Resource> found) {
    if (found.size() < 2) {
      return found;
    }
    String index = indexOf(from.address());
    for (Resource r : found) {
      if (!index.isEmpty() && indexOf(r.address()).equals(index)) {
        return List.of(r);
      }
    }
    return found;
  }

  private static String indexOf(String address) {
    return address.endsWith("]") ? address.substring(address.lastIndexOf('[')) : "";
  }

  private static List<Resource> distinct(List<Resource> rs) {
    return new ArrayList<>(new LinkedHashSet<>(rs));
  }

  private static boolean identifies(Resource r, List<String> values) {
    for (String key : IDENTIFIERS) {
      var id = r.attributes().string(key);
      if (id.isPresent() && !id.get().isEmpty() && values.contains(id.get())) {
        return true;
      }
    }
    return false;
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
