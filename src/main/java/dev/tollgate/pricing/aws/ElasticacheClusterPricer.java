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

/**
 * {@code aws_elasticache_cluster}: node hours ({@code num_cache_nodes} nodes of {@code node_type}) and
 * Redis snapshots kept beyond the free one (usage). A cluster that belongs to a replication group is
 * billed there.
 */
public final class ElasticacheClusterPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_elasticache_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return ElastiCache.KEYS;
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    if (a.string("replication_group_id").filter(s -> !s.isEmpty()).isPresent()) {
      return new Outcome.Free("a member of a replication group: its nodes are priced with aws_elasticache_replication_group");
    }
    List<String> assumptions = new ArrayList<>();
    return new Outcome.Priced(ElastiCache.components(r.region().code(), a.string("node_type").orElse(""),
        a.string("engine").orElse("redis"), Aws.number(a, "num_cache_nodes", 1),
        a.number("snapshot_retention_limit").orElse(BigDecimal.ZERO), usage, prices, assumptions), List.of(), assumptions);
  }
}
