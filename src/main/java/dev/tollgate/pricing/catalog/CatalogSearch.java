package dev.tollgate.pricing.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Free-text search over the catalog for people ({@code tollgate prices search aws ec2 m5.large}):
 * a vendor, a service given by its code or a short name ({@code ec2}, {@code rds}, {@code vm}),
 * optional region, and words that must each appear in the price's family, attributes or source key.
 */
public final class CatalogSearch {

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("ec2", "AmazonEC2"), Map.entry("ebs", "AmazonEC2"), Map.entry("rds", "AmazonRDS"),
      Map.entry("elasticache", "AmazonElastiCache"), Map.entry("s3", "AmazonS3"), Map.entry("lambda", "AWSLambda"),
      Map.entry("dynamodb", "AmazonDynamoDB"), Map.entry("eks", "AmazonEKS"), Map.entry("ecs", "AmazonECS"),
      Map.entry("elb", "AWSELB"), Map.entry("vpc", "AmazonVPC"), Map.entry("cloudwatch", "AmazonCloudWatch"),
      Map.entry("kms", "awskms"), Map.entry("waf", "awswaf"), Map.entry("sqs", "AWSQueueService"),
      Map.entry("sns", "AmazonSNS"), Map.entry("route53", "AmazonRoute53"), Map.entry("efs", "AmazonEFS"),
      Map.entry("msk", "AmazonMSK"), Map.entry("opensearch", "AmazonES"), Map.entry("docdb", "AmazonDocDB"),
      Map.entry("mq", "AmazonMQ"), Map.entry("secretsmanager", "AWSSecretsManager"),
      Map.entry("vm", "Virtual Machines"), Map.entry("vms", "Virtual Machines"), Map.entry("disk", "Storage"),
      Map.entry("storage", "Storage"), Map.entry("compute", "Compute Engine"), Map.entry("gce", "Compute Engine"),
      Map.entry("gcs", "Cloud Storage"));

  private CatalogSearch() {}

  /** The catalog's service names a user's word stands for: an alias, a code, or part of one. */
  public static List<String> services(PriceCatalog catalog, String vendor, String word) {
    String alias = ALIASES.get(word.toLowerCase(Locale.ROOT));
    List<String> all = catalog.header().blocks().stream().filter(b -> b.vendor().equals(vendor))
        .map(CatalogFile.BlockRef::service).distinct().sorted().toList();
    if (alias != null && all.contains(alias)) {
      return List.of(alias);
    }
    List<String> exact = all.stream().filter(s -> s.equalsIgnoreCase(word)).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return all.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(w)).toList();
  }

  /** Prices of the services in the region (or every region) that contain every word, up to {@code limit}. */
  public static List<CatalogPrice> find(PriceCatalog catalog, String vendor, List<String> services, String region,
      List<String> words, int limit) {
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    List<CatalogPrice> out = new ArrayList<>();
    for (CatalogFile.BlockRef ref : catalog.header().blocks()) {
      if (!ref.vendor().equals(vendor) || !services.contains(ref.service())
          || (region != null && !ref.region().equals(region))) {
        continue;
      }
      for (CatalogPrice p : catalog.pricesOf(ref)) {
        if (matches(p, lower)) {
          out.add(p);
          if (out.size() >= limit) {
            return out;
          }
        }
      }
    }
    return out;
  }

  private static boolean matches(CatalogPrice p, List<String> words) {
    for (String w : words) {
      boolean found = p.productFamily().toLowerCase(Locale.ROOT).contains(w)
          || p.sourceKey().toLowerCase(Locale.ROOT).contains(w)
          || p.purchaseOption().toLowerCase(Locale.ROOT).equals(w);
      for (String v : p.attributes().values()) {
        if (found) {
          break;
        }
        found = v.toLowerCase(Locale.ROOT).contains(w);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
