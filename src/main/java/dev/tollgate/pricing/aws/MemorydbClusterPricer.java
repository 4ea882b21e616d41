package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** {@code aws_memorydb_cluster}: node hours, shards × (replicas + 1) nodes of {@code node_type}, Redis or Valkey. */
public final class MemorydbClusterPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_memorydb_cluster";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String nodeType = a.string("node_type").orElse("");
    BigDecimal nodes = Aws.number(a, "num_shards", 1).multiply(Aws.number(a, "num_replicas_per_shard", 1).add(BigDecimal.ONE));
    String engine = a.string("engine").orElse("redis").toLowerCase(Locale.ROOT).equals("valkey") ? "Valkey" : "Redis";
    return new Outcome.Priced(List.of(CostComponent.fixed("Instance (on-demand, " + nodeType + ")", "hours",
        Aws.HOURS.multiply(nodes), prices.unit(Aws.query("AmazonMemoryDB", "MemoryDB Nodes", r.region().code())
            .attr("instanceType", nodeType).attr("engine", engine).build()))), List.of(), List.of());
  }
}
