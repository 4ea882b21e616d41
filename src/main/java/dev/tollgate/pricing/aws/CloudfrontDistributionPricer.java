package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws_cloudfront_distribution}: HTTP and HTTPS requests per edge geography, field-level
 * encryption requests, and dedicated-IP custom SSL certificates, at CloudFront's global rates; data
 * transfer out, invalidations and real-time logs too, whose prices the catalog lacks (its CloudFront
 * data-transfer rates carry only opaque rate codes, no edge location), so they say so. All from usage,
 * in Infracost's keys ({@code monthly_http_requests: {us: ..., europe: ...}}).
 */
public final class CloudfrontDistributionPricer implements Pricer {

  private static final Map<String, String[]> GEOGRAPHIES = geographies();
  static final UsageKey TO_INTERNET = block("monthly_data_transfer_to_internet_gb", "GB out to the internet per geography.");
  static final UsageKey TO_ORIGIN = block("monthly_data_transfer_to_origin_gb", "GB out to the origin per geography.");
  static final UsageKey HTTP = block("monthly_http_requests", "HTTP requests per geography.");
  static final UsageKey HTTPS = block("monthly_https_requests", "HTTPS requests per geography.");
  static final UsageKey INVALIDATIONS = UsageKey.number("monthly_invalidation_requests", "Invalidation paths a month.");
  static final UsageKey ENCRYPTION = UsageKey.number("monthly_encryption_requests", "Field-level encryption requests a month.");
  static final UsageKey LOG_LINES = UsageKey.number("monthly_log_lines", "Real-time log lines a month.");
  static final UsageKey SSL_CERTS = UsageKey.number("custom_ssl_certificates", "1", "Dedicated-IP custom SSL certificates (with ssl_support_method vip).");
  private static final String NO_TRANSFER = "the catalog has no CloudFront data-transfer prices by edge location "
      + "(the source's transfer rates carry opaque rate codes only)";

  private static UsageKey block(String key, String description) {
    return new UsageKey(key, UsageKey.Type.BLOCK, null, description + " Keys: " + String.join(", ", geographies().keySet()) + ".");
  }

  private static Map<String, String[]> geographies() {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("us", new String[] {"United States, Mexico, & Canada", "United States"});
    m.put("europe", new String[] {"Europe & Israel", "EU"});
    m.put("south_africa", new String[] {"South Africa, Kenya, & Middle East", "South Africa"});
    m.put("south_america", new String[] {"South America", "South America"});
    m.put("japan", new String[] {"Japan", "Japan"});
    m.put("australia", new String[] {"Australia & New Zealand", "Australia"});
    m.put("asia_pacific", new String[] {"Hong Kong, Philippines, Asia Pacific", "Asia Pacific"});
    m.put("india", new String[] {"India", "India"});
    return m;
  }

  @Override
  public String resourceType() {
    return "aws_cloudfront_distribution";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(TO_INTERNET, TO_ORIGIN, HTTP, HTTPS, INVALIDATIONS, ENCRYPTION, LOG_LINES, SSL_CERTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    List<SubResource> subs = new ArrayList<>();
    subs.add(SubResource.of("Data transfer out to internet", perGeography(usage.block(TO_INTERNET.key()), "GB", BigDecimal.ONE,
        g -> UnitPrice.missing(NO_TRANSFER))));
    subs.add(SubResource.of("Data transfer out to origin", perGeography(usage.block(TO_ORIGIN.key()), "GB", BigDecimal.ONE,
        g -> UnitPrice.missing(NO_TRANSFER))));
    subs.add(SubResource.of("HTTP requests", perGeography(usage.block(HTTP.key()), "10k requests", Aws.TEN_THOUSAND,
        g -> request("HTTP requests", g, prices))));
    subs.add(SubResource.of("HTTPS requests", perGeography(usage.block(HTTPS.key()), "10k requests", Aws.TEN_THOUSAND,
        g -> request("HTTPS requests", g, prices))));
    List<CostComponent> top = new ArrayList<>();
    top.add(CostComponent.usage("Invalidation requests", "paths", usage.number(INVALIDATIONS.key()),
        UnitPrice.missing("the catalog has no CloudFront invalidation price")));
    top.add(CostComponent.usage("Field level encryption requests", "10k requests",
        Aws.per(usage.number(ENCRYPTION.key()), Aws.TEN_THOUSAND), request("Field level encryption requests", "United States", prices)));
    top.add(CostComponent.usage("Real-time log requests", "1M lines", Aws.per(usage.number(LOG_LINES.key()), Aws.MILLION),
        UnitPrice.missing("the catalog has no CloudFront real-time log price")));
    boolean vip = r.attributes().block("viewer_certificate").flatMap(v -> v.string("ssl_support_method")).filter("vip"::equals).isPresent();
    if (vip) {
      top.add(CostComponent.fixed("Dedicated IP custom SSLs", "certificates", usage.number(SSL_CERTS.key()).orElse(BigDecimal.ONE),
          prices.unit(Aws.query("AmazonCloudFront", "SSL Certificate", "global").attr("usagetype", "SSL-Cert-Custom").build())));
    }
    return new Outcome.Priced(top, subs, List.of());
  }

  /** One component per geography the usage names; without usage, the United States one, to show its price. */
  private static List<CostComponent> perGeography(Usage u, String unit, BigDecimal unitSize,
      java.util.function.Function<String, UnitPrice> price) {
    List<CostComponent> out = new ArrayList<>();
    GEOGRAPHIES.forEach((key, names) -> {
      Optional<BigDecimal> q = u.number(key);
      if (q.isPresent() || (u.isEmpty() && key.equals("us"))) {
        out.add(CostComponent.usage(names[0], unit, Aws.per(q, unitSize), price.apply(names[1])));
      }
    });
    return out;
  }

  private static UnitPrice request(String description, String fromLocation, Prices prices) {
    return prices.scaled(Aws.query("AmazonCloudFront", "Request", "global").attr("requestDescription", description)
        .attr("fromLocation", fromLocation).build(), Aws.TEN_THOUSAND);
  }
}
