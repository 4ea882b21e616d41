package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The size and type of a {@code google_compute_disk} or {@code google_compute_region_disk}, with
 * what GCP does when the configuration is silent: a disk made from a snapshot has its source disk's
 * size, one made from a public image the image's (10 GB for most), a blank one GCP's default.
 */
final class DiskSizes {

  private DiskSizes() {}

  static String type(Attributes a, List<String> assumptions) {
    Optional<String> type = a.string("type").filter(s -> !s.isBlank()).map(Gce::lastSegment);
    if (type.isEmpty()) {
      assumptions.add("disk type not set" + (a.isUnknown("type") ? " (known after apply)" : "") + "; assumed " + Disks.DEFAULT_TYPE);
    }
    return type.orElse(Disks.DEFAULT_TYPE);
  }

  static BigDecimal size(Resource disk, String type, RelatedResources related, List<String> assumptions) {
    Attributes a = disk.attributes();
    Optional<BigDecimal> size = a.number("size");
    if (size.isPresent()) {
      return size.get();
    }
    String unknown = a.isUnknown("size") ? " (known after apply)" : "";
    for (Resource snapshot : related.referencedBy(disk, "snapshot", "google_compute_snapshot")) {
      Optional<BigDecimal> source = sourceDiskSize(snapshot, related);
      if (source.isPresent()) {
        assumptions.add("size not set" + unknown + "; assumed " + source.get().toPlainString()
            + " GB, the size of the disk snapshot " + snapshot.address() + " was taken from");
        return source.get();
      }
    }
    if (a.has("image") || a.has("snapshot")) {
      assumptions.add("size not set" + unknown + "; assumed 10 GB, the size of most public images");
      return BigDecimal.TEN;
    }
    BigDecimal gb = Disks.defaultSize(type);
    assumptions.add("size not set" + unknown + "; assumed " + gb.toPlainString() + " GB, GCP's default for a blank " + type + " disk");
    return gb;
  }

  /** The size of the disk a snapshot is of, when that disk is in the same plan and says its size. */
  static Optional<BigDecimal> sourceDiskSize(Resource snapshot, RelatedResources related) {
    for (String type : List.of("google_compute_disk", "google_compute_region_disk")) {
      for (Resource d : related.referencedBy(snapshot, "source_disk", type)) {
        Optional<BigDecimal> size = d.attributes().number("size");
        if (size.isPresent()) {
          return size;
        }
      }
    }
    return Optional.empty();
  }
}
