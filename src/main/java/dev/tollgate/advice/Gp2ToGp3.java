package dev.tollgate.advice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * gp2 to gp3 with the same baseline performance: gp2 gives 3 IOPS per GiB (at least 100, at most
 * 16,000) and reaches 250 MiB/s from 334 GiB; gp3 includes 3,000 IOPS and 125 MiB/s, and anything
 * above is provisioned (and priced) to match.
 */
final class Gp2ToGp3 extends VolumeRule {

  private static final BigDecimal IOPS_PER_GB = BigDecimal.valueOf(3);
  private static final BigDecimal FULL_THROUGHPUT_FROM_GB = BigDecimal.valueOf(334);
  private static final BigDecimal GP2_MAX_THROUGHPUT = BigDecimal.valueOf(250);
  private static final BigDecimal BURSTS_FROM_GB = BigDecimal.valueOf(170);

  @Override
  public String id() {
    return "gp2-to-gp3";
  }

  @Override
  Optional<Proposal> propose(Volume v) {
    if (!v.type().equals("gp2") || v.sizeGb().compareTo(Gp3.MAX_SIZE_GB) > 0) {
      return Optional.empty();
    }
    BigDecimal gp2Iops = v.sizeGb().multiply(IOPS_PER_GB).min(Gp3.MAX_IOPS);
    BigDecimal iops = gp2Iops.max(Gp3.BASE_IOPS).setScale(0, java.math.RoundingMode.CEILING);
    boolean full = v.sizeGb().compareTo(FULL_THROUGHPUT_FROM_GB) >= 0;
    BigDecimal throughput = full ? GP2_MAX_THROUGHPUT : Gp3.BASE_THROUGHPUT;
    String to = gp3(iops, throughput);
    List<String> caveats = !full && v.sizeGb().compareTo(BURSTS_FROM_GB) > 0
        ? List.of("gp2 bursts to 250 MiB/s at this size; add throughput = 250 if the workload needs the burst")
        : List.of();
    return Optional.of(new Proposal("gp3", iops, throughput, to,
        "gp3 costs less per GB than gp2 and includes the same baseline IOPS and throughput; the change is made in place, without downtime.",
        caveats));
  }
}
