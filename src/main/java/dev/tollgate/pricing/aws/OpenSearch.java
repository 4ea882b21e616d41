package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenSearch / Elasticsearch domains: data node, dedicated master and UltraWarm node hours, and the EBS
 * storage of every data node.
 */
final class OpenSearch {

  private OpenSearch() {}

  static Outcome price(Resource r, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    Attributes cluster = a.block("cluster_config").orElse(Attributes.EMPTY);
    List<String> assumptions = new ArrayList<>();
    String type = cluster.string("instance_type").orElse("m4.large.search");
    BigDecimal count = Aws.number(cluster, "instance_count", 1);
    List<CostComponent> out = new ArrayList<>();
    out.add(instance("Instance (on-demand, " + type + ")", type, count, region, prices));
    if (cluster.bool("dedicated_master_enabled").orElse(false)) {
      String master = cluster.string("dedicated_master_type").orElse(type);
      out.add(instance("Dedicated master (on-demand, " + master + ")", master, Aws.number(cluster, "dedicated_master_count", 3), region, prices));
    }
    if (cluster.bool("warm_enabled").orElse(false)) {
      String warm = cluster.string("warm_type").orElse("ultrawarm1.medium.search");
      out.add(instance("UltraWarm instance (on-demand, " + warm + ")", warm, Aws.number(cluster, "warm_count", 2), region, prices));
    }
    Attributes ebs = a.block("ebs_options").orElse(Attributes.EMPTY);
    if (ebs.bool("ebs_enabled").orElse(false)) {
      String volume = ebs.string("volume_type").orElse("gp2");
      BigDecimal gb = ebs.number("volume_size").orElseGet(() -> {
        assumptions.add(Aws.unset(ebs, "volume_size") + "; priced 10 GB per node");
        return BigDecimal.TEN;
      });
      out.add(CostComponent.fixed("Storage (" + volume + ")", "GB", gb.multiply(count), prices.unit(
          Aws.query("AmazonES", "Amazon OpenSearch Service Volume", region).attr("storageMedia", volume).build())));
    }
    return new Outcome.Priced(out, List.of(), assumptions);
  }

  private static CostComponent instance(String name, String type, BigDecimal count, String region, Prices prices) {
    return CostComponent.fixed(name, "hours", Aws.HOURS.multiply(count), prices.unit(
        Aws.query("AmazonES", "Amazon OpenSearch Service Instance", region).attr("instanceType", type).build()));
  }
}
