package dev.tollgate.advice;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the EBS volume rules share: finding the volumes of an {@code aws_ebs_volume} and of an
 * {@code aws_instance}'s root and extra block devices, and pricing the proposed volume in place. A
 * subclass says which volume types it looks at and what it proposes; only volumes whose type and
 * size the plan states are advised (a saving on an assumed volume would be an assumed saving).
 */
abstract class VolumeRule implements Rule {

  /** A volume as the plan states it. */
  record Volume(String type, BigDecimal sizeGb, Optional<BigDecimal> iops, Optional<BigDecimal> throughput,
      Attributes attributes) {}

  /** What to change: the new type, IOPS and throughput, how to say it, and what to check first. */
  record Proposal(String type, BigDecimal iops, BigDecimal throughput, String to, String why, List<String> caveats) {}

  @Override
  public final java.util.Set<String> resourceTypes() {
    return java.util.Set.of("aws_ebs_volume", "aws_instance");
  }

  /** The proposal for this volume, or empty when the rule does not apply. */
  abstract Optional<Proposal> propose(Volume v);

  @Override
  public final List<Hint> check(CostedResource costed, Context context) {
    Resource r = costed.resource();
    List<Hint> out = new ArrayList<>();
    if (r.type().equals("aws_ebs_volume")) {
      volume(r.attributes(), "type", "size").ifPresent(v -> propose(v).ifPresent(p -> {
        Resource changed = withAttributes(r, Attrs.with(r.attributes(), values(p, "type")));
        hint(costed, context, "", v, p, changed).ifPresent(out::add);
      }));
      return out;
    }
    block(costed, context, "root_block_device", 0, "root_block_device").ifPresent(out::add);
    List<Attributes> devices = r.attributes().blocks("ebs_block_device");
    for (int i = 0; i < devices.size(); i++) {
      block(costed, context, "ebs_block_device", i, "ebs_block_device[" + i + "]").ifPresent(out::add);
    }
    return out;
  }

  private Optional<Hint> block(CostedResource costed, Context context, String key, int index, String part) {
    Resource r = costed.resource();
    List<Attributes> blocks = r.attributes().blocks(key);
    if (index >= blocks.size()) {
      return Optional.empty();
    }
    Attributes device = blocks.get(index);
    Optional<Volume> v = volume(device, "volume_type", "volume_size");
    return v.flatMap(this::propose).flatMap(p -> {
      Attributes changed = Attrs.with(device, values(p, "volume_type"));
      return hint(costed, context, part, v.get(), p, withAttributes(r, Attrs.withBlock(r.attributes(), key, index, changed)));
    });
  }

  private Optional<Hint> hint(CostedResource now, Context context, String part, Volume v, Proposal p, Resource changed) {
    return context.saving(now, context.price(changed))
        .map(s -> context.hint(this, now.resource(), part, v.type(), p.to(), s, p.why(), p.caveats()));
  }

  private static Optional<Volume> volume(Attributes a, String typeKey, String sizeKey) {
    Optional<String> type = a.string(typeKey).map(t -> t.toLowerCase(Locale.ROOT));
    Optional<BigDecimal> size = a.number(sizeKey);
    if (type.isEmpty() || size.isEmpty() || size.get().signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Volume(type.get(), size.get(), a.number("iops"), a.number("throughput"), a));
  }

  private static Map<String, Value> values(Proposal p, String typeKey) {
    Map<String, Value> out = new LinkedHashMap<>();
    out.put(typeKey, Value.of(p.type()));
    out.put("iops", Value.of(p.iops()));
    out.put("throughput", Value.of(p.throughput()));
    return out;
  }

  private static Resource withAttributes(Resource r, Attributes a) {
    return new Resource(r.address(), r.type(), r.provider(), r.region(), a, r.tags(), r.action());
  }

  /** {@code gp3} or {@code gp3 (6,000 IOPS, 250 MiB/s)} when more than the baseline is provisioned. */
  static String gp3(BigDecimal iops, BigDecimal throughput) {
    boolean extra = iops.compareTo(Gp3.BASE_IOPS) > 0 || throughput.compareTo(Gp3.BASE_THROUGHPUT) > 0;
    return extra ? String.format(Locale.ROOT, "gp3 (%,d IOPS, %d MiB/s)", iops.intValue(), throughput.intValue()) : "gp3";
  }
}
