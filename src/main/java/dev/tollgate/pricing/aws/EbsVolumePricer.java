package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code aws_ebs_volume}: storage, provisioned IOPS and throughput, magnetic I/O requests. */
public final class EbsVolumePricer implements Pricer {

  static final UsageKey IO_REQUESTS =
      UsageKey.number("monthly_standard_io_requests", "Monthly I/O requests for magnetic (standard) volumes.");

  @Override
  public String resourceType() {
    return "aws_ebs_volume";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(IO_REQUESTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    List<String> assumptions = new ArrayList<>();
    Ebs.Volume volume = volume(r.attributes(), assumptions, "type", "size");
    return new Outcome.Priced(
        Ebs.components(r.region().code(), volume, usage.number(IO_REQUESTS.key()), prices), List.of(), assumptions);
  }

  /** Reads a volume's type, size, IOPS and throughput, assuming EC2's defaults where they are not set. */
  static Ebs.Volume volume(Attributes a, List<String> assumptions, String typeKey, String sizeKey) {
    String type = a.string(typeKey).orElse("");
    if (type.isEmpty() || !Ebs.knownType(type)) {
      assumptions.add((type.isEmpty() ? "volume type not set" + (a.isUnknown(typeKey) ? " (known after apply)" : "")
          : "unknown volume type " + type) + "; assumed " + Ebs.DEFAULT_TYPE);
      type = Ebs.DEFAULT_TYPE;
    }
    BigDecimal size = a.number(sizeKey).orElse(null);
    if (size == null) {
      assumptions.add("volume size not set" + (a.isUnknown(sizeKey) ? " (known after apply)" : "")
          + "; assumed " + Ebs.DEFAULT_SIZE_GB + " GB");
      size = Ebs.DEFAULT_SIZE_GB;
    }
    BigDecimal iops = a.number("iops").orElse(BigDecimal.ZERO);
    if ((type.equals("io1") || type.equals("io2")) && a.number("iops").isEmpty()) {
      assumptions.add("provisioned IOPS not set" + (a.isUnknown("iops") ? " (known after apply)" : "") + "; priced as 0 IOPS");
    }
    BigDecimal throughput = a.number("throughput").orElse(BigDecimal.ZERO);
    return new Ebs.Volume(type, size, iops, throughput);
  }
}
