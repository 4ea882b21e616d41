package dev.tollgate.advice;

import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS instances, database instances and cache nodes of a previous generation to the successor
 * Flexera's instance catalog names ({@code m4.large} to {@code m5.large} or {@code m6i.large};
 * {@code db.m4.large} and {@code cache.r4.large} by the EC2 type they are named after), where the
 * successor is priced in the same region and costs less. Autoscaling groups are advised on the
 * launch template or configuration they run (or their mixed-instances override).
 */
final class PreviousGeneration extends TypeChangeRule {

  private static final Set<String> TYPES = Set.of("aws_instance", "aws_autoscaling_group", "aws_db_instance",
      "aws_rds_cluster_instance", "aws_elasticache_cluster", "aws_elasticache_replication_group");
  private static final Set<String> LAUNCH_TYPES = Set.of("aws_launch_template", "aws_launch_configuration");
  /** Generations before the Nitro system: their successors need the ENA and NVMe drivers. */
  private static final Set<String> XEN_FAMILIES = Set.of("m1", "m2", "m3", "m4", "c1", "c3", "c4", "r3", "r4", "t1", "t2",
      "i2", "d2", "x1", "x1e", "g2", "g3", "p2");

  @Override
  public String id() {
    return "previous-generation";
  }

  @Override
  public Set<String> resourceTypes() {
    return TYPES;
  }

  @Override
  List<TypeSlot> slots(CostedResource costed, Context context) {
    Resource r = costed.resource();
    switch (r.type()) {
      case "aws_instance":
        return TypeSlot.in(r, "", "instance_type").stream().toList();
      case "aws_db_instance":
      case "aws_rds_cluster_instance":
        return TypeSlot.in(r, "", "instance_class").stream().toList();
      case "aws_elasticache_cluster":
      case "aws_elasticache_replication_group":
        return TypeSlot.in(r, "", "node_type").stream().toList();
      default:
        return groupSlots(costed, context);
    }
  }

  /** A group's first mixed-instances override with a type, else the template or configuration it was priced from. */
  private static List<TypeSlot> groupSlots(CostedResource costed, Context context) {
    Resource r = costed.resource();
    List<dev.tollgate.model.Attributes> overrides = r.attributes().block("mixed_instances_policy")
        .flatMap(m -> m.block("launch_template")).map(lt -> lt.blocks("override")).orElse(List.of());
    for (int i = 0; i < overrides.size(); i++) {
      Optional<TypeSlot> s = TypeSlot.in(r, "mixed_instances_policy override[" + i + "]",
          "mixed_instances_policy", "0", "launch_template", "0", "override", String.valueOf(i), "instance_type");
      if (s.isPresent()) {
        return List.of(s.get());
      }
    }
    List<TypeSlot> out = new ArrayList<>();
    for (SubResource s : costed.subresources()) {
      context.resource(s.name()).filter(h -> LAUNCH_TYPES.contains(h.type()))
          .flatMap(h -> TypeSlot.in(r, h, "via " + h.address(), "instance_type")).ifPresent(out::add);
    }
    return out;
  }

  @Override
  List<String> candidates(TypeSlot slot, Context context) {
    String type = slot.type();
    String prefix = type.startsWith("db.") ? "db." : type.startsWith("cache.") ? "cache." : "";
    List<String> out = new ArrayList<>();
    for (String s : Successors.of(context, "aws", type.substring(prefix.length()))) {
      out.add(prefix + s);
    }
    return out;
  }

  /** A t2 runs in standard credit mode unless told otherwise; its t3 successor is proposed the same way. */
  @Override
  Map<List<String>, Value> alsoSet(TypeSlot slot, String candidate) {
    if (keepsStandardCredits(slot, candidate)) {
      return Map.of(List.of("credit_specification", "0", "cpu_credits"), Value.of("standard"));
    }
    return Map.of();
  }

  private static boolean keepsStandardCredits(TypeSlot slot, String candidate) {
    return slot.type().startsWith("t2.") && candidate.matches("t[3-9][a-z]*\\..+")
        && slot.holderString("credit_specification", "0", "cpu_credits").filter("unlimited"::equals).isEmpty();
  }

  /** {@code m4} of {@code m4.large}, {@code db.m4.large} or {@code cache.m4.large}. */
  private static String family(String type) {
    String t = type.replaceFirst("^(db|cache)\\.", "");
    int dot = t.indexOf('.');
    return dot < 0 ? t : t.substring(0, dot);
  }

  @Override
  String what(String from, String to) {
    return to + " succeeds " + from + " in Flexera's instance catalog (same or more vCPUs and memory)";
  }

  @Override
  List<String> caveats(TypeSlot slot, String to, Context context) {
    List<String> out = new ArrayList<>();
    String from = slot.type();
    String family = family(from);
    if (slot.type().startsWith("db.")) {
      out.add("Changing the instance class restarts the database (a Multi-AZ instance fails over first): apply it in a maintenance window");
    } else if (slot.type().startsWith("cache.")) {
      out.add("Changing the node type moves the data to new nodes; plan it outside peak hours");
    } else if (XEN_FAMILIES.contains(family)) {
      out.add(family(to) + " runs on the Nitro system: the AMI needs the ENA and NVMe drivers (current Amazon Linux, "
          + "Ubuntu and Windows AMIs have them) and EBS volumes appear as /dev/nvme devices");
    }
    if (keepsStandardCredits(slot, to)) {
      out.add("Priced with credit_specification { cpu_credits = \"standard\" }, as the t2 runs: " + family(to)
          + " launches in unlimited mode otherwise, which bills CPU credits above the baseline");
    }
    return out;
  }
}
