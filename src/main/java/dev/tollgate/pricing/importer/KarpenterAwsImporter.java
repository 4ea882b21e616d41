package dev.tollgate.pricing.importer;

import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.InstanceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Karpenter's generated EC2 Linux on-demand prices for us-east-1 (2026-07-20): the freshest EC2
 * prices there are, and the only ones for the newest families. Rows get the attributes of Linux,
 * shared-tenancy, used-capacity instances (Karpenter's own filter); where yeo has the same type,
 * Karpenter's price wins as the fresher one and yeo's descriptive attributes (vCPU, memory,
 * generation) are kept. The source key is the instance type.
 */
final class KarpenterAwsImporter implements Importer {

  static final String FILE = "karpenter-provider-aws/zz_generated.pricing_aws.csv";
  static final String ORIGIN = "github.com/aws/karpenter-provider-aws@6fc13b52 (zz_generated.pricing_aws.go, extracted)";

  @Override
  public String folder() {
    return FILE;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    int source = into.source(FILE, ORIGIN, "2026-07-20");
    List<String> lines = Files.readAllLines(into.file(FILE));
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      if (f.length != 3) {
        throw new IOException(FILE + ":" + (i + 1) + ": expected region,instance_type,usd_per_hour_linux_on_demand");
      }
      String type = f[1];
      CatalogPrice.Builder b = CatalogPrice.builder("aws", "AmazonEC2", "Compute Instance", f[0])
          .attr("instanceType", type).attr("operatingSystem", "Linux").attr("tenancy", "Shared")
          .attr("capacitystatus", "Used").attr("preInstalledSw", "NA").attr("licenseModel", "No License required")
          .attr("usagetype", "BoxUsage:" + type);
      Optional<InstanceType> facts = into.instanceType("aws", type);
      // Only a "Yes": Flexera counts m5 as previous generation where AWS's price files (yeo) do not,
      // and yeo's value, merged in when both have the type, is the one EC2 pricing follows.
      facts.filter(InstanceType::currentGeneration).ifPresent(t -> b.attr("currentGeneration", "Yes"));
      facts.ifPresent(t -> b.attr("vcpu", t.vcpus().toPlainString()));
      into.add(b.purchaseOption("on_demand").unit("Hrs").usd(new BigDecimal(f[2])).source(source, type).build());
    }
  }
}
