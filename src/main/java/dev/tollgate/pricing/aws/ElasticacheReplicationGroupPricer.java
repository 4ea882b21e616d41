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
import java.util.Optional;

/**
 * {@code aws_elasticache_replication_group}: node hours for every node (cluster mode: shards × (replicas
 * + 1); otherwise {@code num_cache_clusters}) and Redis snapshots kept beyond the free one (usage).
 */
public final class ElasticacheReplicationGroupPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_elasticache_replication_group";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return ElastiCache.KEYS;
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    BigDecimal nodes = nodes(a, assumptions);
    return new Outcome.Priced(ElastiCache.components(r.region().code(), a.string("node_type").orElse(""),
        a.string("engine").orElse("redis"), nodes, a.number("snapshot_retention_limit").orElse(BigDecimal.ZERO),
        usage, prices, assumptions), List.of(), assumptions);
  }

  private static BigDecimal nodes(Attributes a, List<String> assumptions) {
    Optional<Attributes> clusterMode = a.block("cluster_mode");
    Optional<BigDecimal> shards = a.number("num_node_groups").or(() -> clusterMode.flatMap(c -> c.number("num_node_groups")));
    Optional<BigDecimal> replicas = a.number("replicas_per_node_group")
        .or(() -> clusterMode.flatMap(c -> c.number("replicas_per_node_group")));
    if (shards.isPresent() && shards.get().signum() > 0) {
      return shards.get().multiply(replicas.orElse(BigDecimal.ZERO).add(BigDecimal.ONE));
    }
    return a.number("num_cache_clusters").or(() -> a.number("number_cache_clusters")).orElseGet(() -> {
      assumptions.add("num_cache_clusters is not known; priced 1 node");
      return BigDecimal.ONE;
    });
  }
}
