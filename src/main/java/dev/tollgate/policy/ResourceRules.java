package dev.tollgate.policy;

import dev.tollgate.model.Action;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.Value;
import dev.tollgate.model.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules about resources: forbidden instance families and sizes, and required tags. Only what the
 * change creates or modifies is checked, so a pull request is not blocked by what it did not touch.
 */
final class ResourceRules {

  /** Attributes that say a resource takes tags (AWS, Azure) or labels (Google). */
  private static final List<String> TAG_ATTRIBUTES = List.of("tags", "tags_all", "labels");

  private final Config.Rules rules;

  ResourceRules(Config.Rules rules) {
    this.rules = rules;
  }

  void check(ProjectEstimate p, List<Verdict.Reason> out) {
    for (ResourceDiff d : p.diffs()) {
      if (d.after().isEmpty() || d.action() == Action.DELETE) {
        continue;
      }
      Resource after = d.after().get().resource();
      rules.instanceTypes().ifPresent(r -> instanceTypes(r, p.name(), d, after, out));
      rules.requiredTags().ifPresent(r -> tags(r, p.name(), after, out));
    }
  }

  /** Only types the change brings in: an untouched type already running is not this change's doing. */
  private static void instanceTypes(Config.InstanceTypes rule, String project, ResourceDiff d, Resource after,
      List<Verdict.Reason> out) {
    Set<String> before = new HashSet<>();
    d.before().ifPresent(b -> InstanceTypes.of(b.resource().attributes()).forEach(t -> before.add(t.type())));
    for (InstanceTypes.Type t : InstanceTypes.of(after.attributes())) {
      if (before.contains(t.type())) {
        continue;
      }
      if (contains(rule.forbiddenFamilies(), t.family())) {
        out.add(new Verdict.Reason(rule.level(), "rules.instance_types.forbidden_families", project, after.address(),
            "Uses " + t.type() + ": the " + t.family() + " family is not allowed here."));
      } else if (contains(rule.forbiddenSizes(), t.size())) {
        out.add(new Verdict.Reason(rule.level(), "rules.instance_types.forbidden_sizes", project, after.address(),
            "Uses " + t.type() + ": size " + t.size() + " is not allowed here."));
      }
    }
  }

  private static void tags(Config.RequiredTags rule, String project, Resource r, List<Verdict.Reason> out) {
    boolean listed = rule.resourceTypes().contains(r.type());
    if (!rule.resourceTypes().isEmpty() && !listed || rule.resourceTypes().isEmpty() && !taggable(r.attributes())) {
      return;
    }
    for (Config.Tag tag : rule.tags()) {
      if (unknown(r.attributes(), tag.key())) {
        continue;
      }
      String value = r.tags().getOrDefault(tag.key(), "");
      if (value.isBlank()) {
        out.add(new Verdict.Reason(rule.level(), "rules.required_tags", project, r.address(),
            "Has no " + tag.key() + " tag" + (tag.allowed().isEmpty() ? "." : " (one of " + String.join(", ", tag.allowed()) + ").")));
      } else if (!tag.allowed().isEmpty() && !tag.allowed().contains(value)) {
        out.add(new Verdict.Reason(rule.level(), "rules.required_tags", project, r.address(),
            "Tag " + tag.key() + " is \"" + value + "\", not one of " + String.join(", ", tag.allowed())
                + Suggest.closest(value, tag.allowed()).map(k -> ": did you mean \"" + k + "\"?").orElse(".")));
      }
    }
  }

  static boolean taggable(Attributes a) {
    return TAG_ATTRIBUTES.stream().anyMatch(k -> a.values().fields().containsKey(k));
  }

  /** A tag whose value is known only after apply is neither missing nor wrong yet. */
  private static boolean unknown(Attributes a, String key) {
    for (String k : TAG_ATTRIBUTES) {
      Value v = a.get(k);
      if (v.isUnknown() || v instanceof Value.ObjV && ((Value.ObjV) v).get(key).isUnknown()) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<String> names, String value) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(value));
  }

}
