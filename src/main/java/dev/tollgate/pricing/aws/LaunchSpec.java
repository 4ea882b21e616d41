package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.Value;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an {@code aws_launch_template} or {@code aws_launch_configuration} says an instance will be:
 * type, tenancy, EBS optimization, monitoring, CPU credits, spot, and its volumes (each with the
 * {@code volume_type}/{@code volume_size}/{@code iops}/{@code throughput} keys an instance's block
 * devices use). Autoscaling groups, EKS node groups and instances launched from a template read it.
 */
record LaunchSpec(
    String address,
    Optional<String> instanceType,
    String tenancy,
    Optional<Boolean> ebsOptimized,
    Optional<Boolean> monitoring,
    Optional<String> cpuCredits,
    boolean spot,
    Optional<Attributes> root,
    List<Attributes> devices) {

  /** Device names AMIs use for the root volume: a mapping for one of them sizes the root volume. */
  private static final Set<String> ROOT_DEVICES = Set.of("/dev/xvda", "/dev/sda1", "xvda", "sda1");

  static Optional<LaunchSpec> of(Resource r) {
    if (r.type().equals("aws_launch_template")) {
      return Optional.of(ofTemplate(r));
    }
    if (r.type().equals("aws_launch_configuration")) {
      return Optional.of(ofConfiguration(r));
    }
    return Optional.empty();
  }

  static LaunchSpec ofTemplate(Resource r) {
    Attributes a = r.attributes();
    String tenancy = a.block("placement").flatMap(p -> p.string("tenancy")).orElse("default");
    boolean spot = a.block("instance_market_options").flatMap(m -> m.string("market_type"))
        .filter(t -> t.equalsIgnoreCase("spot")).isPresent();
    Optional<Attributes> root = Optional.empty();
    List<Attributes> devices = new ArrayList<>();
    for (Attributes m : a.blocks("block_device_mappings")) {
      Optional<Attributes> ebs = m.block("ebs");
      if (ebs.isEmpty()) {
        continue;
      }
      Attributes volume = withDeviceName(ebs.get(), m.string("device_name").orElse(""));
      if (root.isEmpty() && ROOT_DEVICES.contains(m.string("device_name").orElse(""))) {
        root = Optional.of(volume);
      } else {
        devices.add(volume);
      }
    }
    return new LaunchSpec(r.address(), a.string("instance_type").filter(s -> !s.isEmpty()),
        tenancy.toLowerCase(Locale.ROOT), a.bool("ebs_optimized"),
        a.block("monitoring").flatMap(m -> m.bool("enabled")),
        a.block("credit_specification").flatMap(c -> c.string("cpu_credits")), spot, root, devices);
  }

  static LaunchSpec ofConfiguration(Resource r) {
    Attributes a = r.attributes();
    List<Attributes> roots = a.blocks("root_block_device");
    // AWS turns detailed monitoring on for launch configurations unless told otherwise.
    return new LaunchSpec(r.address(), a.string("instance_type").filter(s -> !s.isEmpty()),
        a.string("placement_tenancy").orElse("default").toLowerCase(Locale.ROOT), a.bool("ebs_optimized"),
        Optional.of(a.bool("enable_monitoring").orElse(true)), Optional.empty(),
        a.string("spot_price").filter(s -> !s.isEmpty()).isPresent(),
        roots.isEmpty() ? Optional.empty() : Optional.of(roots.get(0)), a.blocks("ebs_block_device"));
  }

  /**
   * The launch template {@code from}'s {@code attribute} block names: by the configuration's reference,
   * else by its {@code id} or {@code name}. Says so in {@code assumptions} when it cannot be found.
   */
  static Optional<LaunchSpec> templateOf(Resource from, String attribute, RelatedResources related, List<String> assumptions) {
    Optional<Attributes> block = from.attributes().block(attribute);
    Optional<Resource> lt = related.first(from, attribute, "aws_launch_template")
        .or(() -> block.flatMap(b -> related.withAttribute("aws_launch_template", "id", b.string("id").orElse(""))))
        .or(() -> block.flatMap(b -> related.withAttribute("aws_launch_template", "name", b.string("name").orElse(""))));
    if (lt.isEmpty()) {
      assumptions.add(attribute + ": the launch template is not in this plan; only what the resource sets itself is priced");
    }
    return lt.map(LaunchSpec::ofTemplate);
  }

  boolean ebsOptimizedOr(boolean fallback) {
    return ebsOptimized.orElse(fallback);
  }

  /** The root volume and the extra volumes, as an instance's sub-resources. */
  List<SubResource> volumes(String region, List<String> assumptions, Prices prices) {
    List<SubResource> out = new ArrayList<>();
    out.add(Ec2.volume("root_block_device", region, root.orElse(Attributes.EMPTY), "volume_type", "volume_size", assumptions, prices));
    for (int i = 0; i < devices.size(); i++) {
      out.add(Ec2.volume("ebs_block_device[" + i + "]", region, devices.get(i), "volume_type", "volume_size", assumptions, prices));
    }
    return out;
  }

  /**
   * An instance's own block devices with the template's: a device the instance names takes what it
   * leaves unset from the template's device of the same name; the template's other devices follow.
   */
  static List<Attributes> mergeDevices(List<Attributes> own, List<Attributes> fromTemplate) {
    List<Attributes> out = new ArrayList<>();
    List<Attributes> rest = new ArrayList<>(fromTemplate);
    for (Attributes d : own) {
      String name = d.string("device_name").orElse("");
      Optional<Attributes> match = rest.stream().filter(t -> !name.isEmpty() && t.string("device_name").orElse("").equals(name)).findFirst();
      if (match.isPresent()) {
        rest.remove(match.get());
        out.add(overlay(d, match.get()));
      } else {
        out.add(d);
      }
    }
    out.addAll(rest);
    return out;
  }

  /** {@code top}'s known values over {@code base}'s. */
  private static Attributes overlay(Attributes top, Attributes base) {
    Map<String, Value> fields = new LinkedHashMap<>(base.values().fields());
    top.values().fields().forEach((k, v) -> {
      if (!v.isNull() && !v.isUnknown()) {
        fields.put(k, v);
      }
    });
    return Attributes.of(fields);
  }

  private static Attributes withDeviceName(Attributes ebs, String deviceName) {
    Map<String, Value> fields = new LinkedHashMap<>(ebs.values().fields());
    fields.put("device_name", new Value.Str(deviceName));
    return Attributes.of(fields);
  }
}
