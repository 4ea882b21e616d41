package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A DB instance's storage: GB by type, and what its type adds. gp3 includes 3,000 IOPS and 125 MBps
 * below 400 GB, 12,000 IOPS and 500 MBps from 400 GB; io1 and io2 bill every provisioned IOPS (RDS's
 * minimum is 100 GB and 1,000 IOPS); magnetic bills I/O requests.
 */
final class RdsStorage {

  private static final BigDecimal DEFAULT_GB = BigDecimal.valueOf(20);
  private static final BigDecimal GP3_LARGE = BigDecimal.valueOf(400);
  private static final BigDecimal PIOPS_MIN_GB = BigDecimal.valueOf(100);
  private static final BigDecimal PIOPS_MIN_IOPS = BigDecimal.valueOf(1000);

  private RdsStorage() {}

  static List<CostComponent> components(Attributes a, String deployment, String region, Optional<BigDecimal> ioRequests,
      Prices prices, List<String> assumptions) {
    BigDecimal iops = a.number("iops").orElse(BigDecimal.ZERO);
    String type = a.string("storage_type").filter(s -> !s.isEmpty()).orElse(iops.signum() > 0 ? "io1" : "gp2").toLowerCase(Locale.ROOT);
    BigDecimal gb = a.number("allocated_storage").orElseGet(() -> {
      assumptions.add(Aws.unset(a, "allocated_storage") + "; priced " + DEFAULT_GB + " GB");
      return DEFAULT_GB;
    });
    List<CostComponent> out = new ArrayList<>();
    switch (type) {
      case "gp3": {
        out.add(storage("Storage (general purpose SSD, gp3)", "General Purpose-GP3", gb, deployment, region, prices,
            deployment.equals("Multi-AZ") ? "/RDS:Multi-AZ-GP3-Storage$/" : "/RDS:GP3-Storage$/"));
        boolean large = gb.compareTo(GP3_LARGE) >= 0;
        BigDecimal baseIops = BigDecimal.valueOf(large ? 12_000 : 3_000);
        if (iops.compareTo(baseIops) > 0) {
          out.add(CostComponent.fixed("Provisioned GP3 IOPS (above " + (large ? "12,000" : "3,000") + ")", "IOPS",
              iops.subtract(baseIops), iopsPrice("RDS Provisioned GP3 IOPS", deployment, region, prices)));
        }
        BigDecimal baseMbps = BigDecimal.valueOf(large ? 500 : 125);
        a.number("storage_throughput").filter(t -> t.compareTo(baseMbps) > 0).ifPresent(t ->
            out.add(CostComponent.fixed("Provisioned GP3 throughput (above " + baseMbps + " MBps)", "MBps", t.subtract(baseMbps),
                prices.unit(Aws.query("AmazonRDS", "Provisioned Throughput", region).attr("deploymentOption", deployment)
                    .attr("databaseEngine", "Any").build()))));
        break;
      }
      case "io1":
      case "io2": {
        if (gb.compareTo(PIOPS_MIN_GB) < 0 || iops.compareTo(PIOPS_MIN_IOPS) < 0) {
          assumptions.add(type + " storage is at least " + PIOPS_MIN_GB + " GB with " + PIOPS_MIN_IOPS + " IOPS; priced at least that");
        }
        boolean io2 = type.equals("io2");
        out.add(storage("Storage (provisioned IOPS SSD, " + type + ")", io2 ? "Provisioned IOPS-IO2" : "Provisioned IOPS",
            gb.max(PIOPS_MIN_GB), deployment, region, prices, null));
        out.add(CostComponent.fixed("Provisioned IOPS", "IOPS", iops.max(PIOPS_MIN_IOPS),
            iopsPrice(io2 ? "RDS Provisioned IO2 IOPS" : "RDS Provisioned IOPS", deployment, region, prices)));
        break;
      }
      case "standard":
        out.add(storage("Storage (magnetic)", "Magnetic", gb, deployment, region, prices, null));
        out.add(CostComponent.usage("I/O requests", "1M requests", Aws.per(ioRequests, Aws.MILLION), prices.scaled(
            Aws.query("AmazonRDS", "System Operation", region).attrRegex("usagetype", "/RDS:StorageIOUsage/i").build(), Aws.MILLION)));
        break;
      default:
        if (!type.equals("gp2")) {
          out.add(CostComponent.fixed("Storage (" + type + ")", "GB", gb, UnitPrice.missing("storage_type " + type + " is not one Tollgate prices")));
          return out;
        }
        out.add(storage("Storage (general purpose SSD, gp2)", "General Purpose", gb, deployment, region, prices, null));
    }
    return out;
  }

  private static CostComponent storage(String name, String volumeType, BigDecimal gb, String deployment, String region,
      Prices prices, String usagetype) {
    PriceQuery.Builder q = Aws.query("AmazonRDS", "Database Storage", region)
        .attr("deploymentOption", deployment).attr("databaseEngine", "Any").attr("volumeType", volumeType);
    if (usagetype != null) {
      q.attrRegex("usagetype", usagetype);
    }
    return CostComponent.fixed(name, "GB", gb, prices.unit(q.build()));
  }

  private static UnitPrice iopsPrice(String group, String deployment, String region, Prices prices) {
    return prices.unit(Aws.query("AmazonRDS", "Provisioned IOPS", region).attr("deploymentOption", deployment)
        .attr("groupDescription", group).attr("databaseEngine", "Any").build());
  }
}
