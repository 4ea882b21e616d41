package dev.tollgate.advice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * io1 and io2 volumes with at most 16,000 IOPS to gp3 with the same IOPS: gp3 provisions up to
 * 16,000 IOPS at a fraction of the io1/io2 IOPS price. Not for multi-attach volumes (gp3 cannot be
 * attached to several instances) nor for volumes larger than gp3's 16 TiB.
 */
final class ProvisionedIopsToGp3 extends VolumeRule {

  @Override
  public String id() {
    return "provisioned-iops-to-gp3";
  }

  @Override
  Optional<Proposal> propose(Volume v) {
    if (!(v.type().equals("io1") || v.type().equals("io2")) || v.iops().isEmpty()
        || v.iops().get().compareTo(Gp3.MAX_IOPS) > 0 || v.sizeGb().compareTo(Gp3.MAX_SIZE_GB) > 0
        || v.attributes().bool("multi_attach_enabled").orElse(false)
        || v.iops().get().compareTo(v.sizeGb().multiply(Gp3.IOPS_PER_GB)) > 0) {
      return Optional.empty();
    }
    BigDecimal iops = v.iops().get().max(Gp3.BASE_IOPS);
    return Optional.of(new Proposal("gp3", iops, Gp3.BASE_THROUGHPUT, gp3(iops, Gp3.BASE_THROUGHPUT),
        "gp3 provisions up to 16,000 IOPS, so this volume's " + String.format(java.util.Locale.ROOT, "%,d", v.iops().get().intValue())
            + " IOPS cost far less than on " + v.type() + ".",
        List.of(v.type() + " gives sub-millisecond latency" + (v.type().equals("io2") ? " and 99.999% durability" : "")
                + "; gp3 gives single-digit milliseconds: move only workloads that do not need " + v.type() + "'s",
            "gp3 includes 125 MiB/s; provision more throughput (up to 1,000 MiB/s, priced extra) if the volume moves more data")));
  }
}
