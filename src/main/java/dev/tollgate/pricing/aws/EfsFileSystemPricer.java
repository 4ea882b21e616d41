package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_efs_file_system}: storage in the standard and infrequent-access classes (usage; One Zone
 * classes when the file system lives in one availability zone), infrequent-access reads and writes,
 * and provisioned throughput.
 */
public final class EfsFileSystemPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB stored in the standard class.");
  static final UsageKey IA_STORAGE_GB = UsageKey.number("infrequent_access_storage_gb", "GB stored in the infrequent-access class.");
  static final UsageKey IA_READ_GB = UsageKey.number("monthly_infrequent_access_read_gb", "GB read a month from infrequent access.");
  static final UsageKey IA_WRITE_GB = UsageKey.number("monthly_infrequent_access_write_gb", "GB written a month to infrequent access.");

  @Override
  public String resourceType() {
    return "aws_efs_file_system";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB, IA_STORAGE_GB, IA_READ_GB, IA_WRITE_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    boolean oneZone = a.string("availability_zone_name").filter(s -> !s.isEmpty()).isPresent();
    String zone = oneZone ? "One Zone-" : "";
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.usage(oneZone ? "Storage (one zone)" : "Storage (standard)", "GB", usage.number(STORAGE_GB.key()),
        prices.unit(Aws.query("AmazonEFS", "Storage", region).attr("storageClass", zone + "General Purpose").build())));
    out.add(CostComponent.usage(oneZone ? "Storage (one zone, infrequent access)" : "Storage (infrequent access)", "GB",
        usage.number(IA_STORAGE_GB.key()),
        prices.unit(Aws.query("AmazonEFS", "Storage", region).attr("storageClass", zone + "Infrequent Access").build())));
    out.add(CostComponent.usage("Read requests (infrequent access)", "GB", usage.number(IA_READ_GB.key()), prices.unit(
        Aws.query("AmazonEFS", "Data Access", region).attr("usagetype", "IADataAccess-Read-Bytes").build())));
    out.add(CostComponent.usage("Write requests (infrequent access)", "GB", usage.number(IA_WRITE_GB.key()), prices.unit(
        Aws.query("AmazonEFS", "Data Access", region).attr("usagetype", "IADataAccess-Write-Bytes").build())));
    if (a.string("throughput_mode").filter(m -> m.equals("provisioned")).isPresent()) {
      out.add(CostComponent.fixed("Provisioned throughput", "MBps", Aws.number(a, "provisioned_throughput_in_mibps", 0),
          prices.unit(Aws.query("AmazonEFS", "Provisioned Throughput", region).attr("usagetype", "ProvisionedTP-MiBpsHrs").build())));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
