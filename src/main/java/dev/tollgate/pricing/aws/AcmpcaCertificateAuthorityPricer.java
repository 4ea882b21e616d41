package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_acmpca_certificate_authority}: the private CA per month (general-purpose or short-lived
 * certificate mode) and the certificates it issues (usage), in AWS's volume tiers.
 */
public final class AcmpcaCertificateAuthorityPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Private certificates issued a month.");
  private static final List<Tiers.Tier> TIERS = List.of(
      Tiers.Tier.of("Certificates (first 1K)", 0, 1_000L),
      Tiers.Tier.of("Certificates (next 9K)", 1_000L, 10_000L),
      Tiers.Tier.of("Certificates (over 10K)", 10_000L, null));

  @Override
  public String resourceType() {
    return "aws_acmpca_certificate_authority";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    boolean shortLived = r.attributes().string("usage_mode").filter("SHORT_LIVED_CERTIFICATE"::equals).isPresent();
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Private certificate authority", "months", BigDecimal.ONE, prices.unit(
        Aws.query("AWSCertificateManager", "Certificate Authority", region)
            .attr("usagetype", shortLived ? "PaidPrivateCA-ShortLived" : "PaidPrivateCA").build())));
    if (shortLived) {
      out.add(CostComponent.usage("Certificates", "certificates", usage.number(REQUESTS.key()), prices.unit(
          Aws.query("AWSCertificateManager", "Certificate", region).attr("usagetype", "PrivateCertificatesIssued-ShortLived").build())));
    } else {
      out.addAll(Tiers.split(usage.number(REQUESTS.key()), TIERS, "certificates", BigDecimal.ONE,
          t -> prices.unit(Aws.query("AWSCertificateManager", "Certificate", region).attr("usagetype", "PrivateCertificatesIssued")
              .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
