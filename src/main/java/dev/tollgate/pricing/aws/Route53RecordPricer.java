package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/**
 * {@code aws_route53_record}: the DNS queries it answers (usage), at the standard, latency-based or
 * geo rate as its routing policy says, in tiers of the first billion and beyond. Queries to alias
 * records that point at AWS resources are free.
 */
public final class Route53RecordPricer implements Pricer {

  static final UsageKey STANDARD = UsageKey.number("monthly_standard_queries", "Standard queries a month.");
  static final UsageKey LATENCY = UsageKey.number("monthly_latency_based_queries", "Latency-based routing queries a month.");
  static final UsageKey GEO = UsageKey.number("monthly_geo_queries", "Geo DNS and geoproximity queries a month.");

  @Override
  public String resourceType() {
    return "aws_route53_record";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STANDARD, LATENCY, GEO);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    if (!a.blocks("alias").isEmpty()) {
      return new Outcome.Free("queries to alias records for AWS resources are not charged");
    }
    String kind;
    String label;
    UsageKey key;
    if (!a.blocks("latency_routing_policy").isEmpty()) {
      kind = "LBR-Queries";
      label = "Latency based routing queries";
      key = LATENCY;
    } else if (!a.blocks("geolocation_routing_policy").isEmpty() || !a.blocks("geoproximity_routing_policy").isEmpty()) {
      kind = "Geo-Queries";
      label = "Geo DNS queries";
      key = GEO;
    } else {
      kind = "DNS-Queries";
      label = "Standard queries";
      key = STANDARD;
    }
    List<Tiers.Tier> tiers = List.of(Tiers.Tier.of(label + " (first 1B)", 0, 1_000_000_000L),
        Tiers.Tier.of(label + " (over 1B)", 1_000_000_000L, null));
    return new Outcome.Priced(Tiers.split(usage.number(key.key()), tiers, "1M queries", Aws.MILLION,
        t -> prices.unit(Aws.query("AmazonRoute53", "DNS Query", r.region().code()).attr("usagetype", kind)
            .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())), List.of(), List.of());
  }
}
