package dev.tollgate.advice;

import java.util.List;
import java.util.Optional;

/**
 * Magnetic (standard) volumes to gp3. Magnetic storage is cheaper per GB, but every I/O request is
 * billed; gp3 has no request charge. So this rule finds a saving only where the usage file gives the
 * volume's monthly I/O requests and they cost more than the difference in storage.
 */
final class MagneticToGp3 extends VolumeRule {

  @Override
  public String id() {
    return "magnetic-to-gp3";
  }

  @Override
  Optional<Proposal> propose(Volume v) {
    if (!v.type().equals("standard")) {
      return Optional.empty();
    }
    return Optional.of(new Proposal("gp3", Gp3.BASE_IOPS, Gp3.BASE_THROUGHPUT, "gp3",
        "Magnetic volumes are a previous-generation type billed per I/O request; at this volume's request count gp3, "
            + "with no request charge and SSD performance, costs less.",
        List.of()));
  }
}
