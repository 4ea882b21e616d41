package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cost components of one EBS volume, shared by {@code aws_ebs_volume} and an instance's block
 * devices: storage per GB-month, provisioned IOPS (io1, io2 in its three tiers, gp3 above 3,000),
 * gp3 throughput above 125 MBps, and magnetic volumes' I/O requests (usage-based).
 */
final class Ebs {

  static final BigDecimal DEFAULT_SIZE_GB = BigDecimal.valueOf(8);
  static final String DEFAULT_TYPE = "gp2";
  private static final BigDecimal GP3_FREE_IOPS = BigDecimal.valueOf(3000);
  private static final BigDecimal GP3_FREE_THROUGHPUT = BigDecimal.valueOf(125);
  private static final BigDecimal IO2_TIER1 = BigDecimal.valueOf(32000);
  private static final BigDecimal IO2_TIER2 = BigDecimal.valueOf(64000);
  private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** What a volume is, once defaults are applied. */
  record Volume(String type, BigDecimal sizeGb, BigDecimal iops, BigDecimal throughput) {
    Volume {
      type = type.toLowerCase(Locale.ROOT);
    }
  }

  private Ebs() {}

  static List<CostComponent> components(
      String region, Volume v, Optional<BigDecimal> monthlyIoRequests, Prices prices) {
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed(storageName(v.type()), "GB", v.sizeGb(),
        prices.unit(query(region, "Storage", v.type()).price(PriceFilter.ON_DEMAND.withUnit("GB-Mo")).build())));
    switch (v.type()) {
      case "gp3":
        if (v.throughput().compareTo(GP3_FREE_THROUGHPUT) > 0) {
          out.add(CostComponent.fixed("Provisioned throughput", "Mbps", v.throughput().subtract(GP3_FREE_THROUGHPUT),
              prices.divided(query(region, "Provisioned Throughput", "gp3")
                  .attrRegex("usagetype", "/VolumeP-Throughput.gp3/").build(), MIB_PER_GIB)));
        }
        if (v.iops().compareTo(GP3_FREE_IOPS) > 0) {
          out.add(CostComponent.fixed("Provisioned IOPS", "IOPS", v.iops().subtract(GP3_FREE_IOPS),
              iopsPrice(region, "gp3", "/EBS:VolumeP-IOPS.gp3/", prices)));
        }
        break;
      case "io1":
        out.add(CostComponent.fixed("Provisioned IOPS", "IOPS", v.iops(),
            iopsPrice(region, "io1", "/EBS:VolumeP-IOPS.piops/", prices)));
        break;
      case "io2":
        out.addAll(io2Iops(region, v.iops(), prices));
        break;
      case "standard":
        out.add(CostComponent.usage("I/O requests", "1M request",
            monthlyIoRequests.map(n -> n.divide(MILLION, dev.tollgate.model.Hours.PRECISION)),
            prices.scaled(query(region, "System Operation", "standard")
                .attrRegex("usagetype", "/EBS:VolumeIOUsage/i").build(), MILLION)));
        break;
      default:
        break;
    }
    return out;
  }

  /** io2 IOPS are billed in tiers: up to 32,000, 32,001-64,000, and above. */
  private static List<CostComponent> io2Iops(String region, BigDecimal iops, Prices prices) {
    if (iops.compareTo(IO2_TIER1) <= 0) {
      return List.of(CostComponent.fixed("Provisioned IOPS", "IOPS", iops,
          iopsPrice(region, "io2", "/EBS:VolumeP-IOPS.io2$/", prices)));
    }
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Provisioned IOPS (first 32K)", "IOPS", IO2_TIER1,
        iopsPrice(region, "io2", "/EBS:VolumeP-IOPS.io2$/", prices)));
    out.add(CostComponent.fixed("Provisioned IOPS (next 32K)", "IOPS", iops.min(IO2_TIER2).subtract(IO2_TIER1),
        iopsPrice(region, "io2", "/EBS:VolumeP-IOPS.io2.tier2/", prices)));
    if (iops.compareTo(IO2_TIER2) > 0) {
      out.add(CostComponent.fixed("Provisioned IOPS (over 64K)", "IOPS", iops.subtract(IO2_TIER2),
          iopsPrice(region, "io2", "/EBS:VolumeP-IOPS.io2.tier3/", prices)));
    }
    return out;
  }

  private static UnitPrice iopsPrice(String region, String type, String usagetype, Prices prices) {
    return prices.unit(query(region, "System Operation", type).attrRegex("usagetype", usagetype).build());
  }

  private static PriceQuery.Builder query(String region, String family, String volumeApiName) {
    return PriceQuery.of("aws", "AmazonEC2", family, region).attr("volumeApiName", volumeApiName);
  }

  static String storageName(String type) {
    switch (type) {
      case "standard":
        return "Storage (magnetic)";
      case "io1":
        return "Storage (provisioned IOPS SSD, io1)";
      case "io2":
        return "Storage (provisioned IOPS SSD, io2)";
      case "st1":
        return "Storage (throughput optimized HDD, st1)";
      case "sc1":
        return "Storage (cold HDD, sc1)";
      case "gp3":
        return "Storage (general purpose SSD, gp3)";
      default:
        return "Storage (general purpose SSD, gp2)";
    }
  }

  static boolean knownType(String type) {
    return List.of("gp2", "gp3", "io1", "io2", "st1", "sc1", "standard").contains(type.toLowerCase(Locale.ROOT));
  }
}
