package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code aws_acm_certificate}: public certificates are free; a private certificate (issued by a private
 * CA, {@code certificate_authority_arn}) is charged once, at the first volume tier's rate, counted here
 * in the month it is issued.
 */
public final class AcmCertificatePricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_acm_certificate";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    if (r.attributes().string("certificate_authority_arn").filter(s -> !s.isEmpty()).isEmpty()
        && !r.attributes().isUnknown("certificate_authority_arn")) {
      return new Outcome.Free("public ACM certificates are free");
    }
    return new Outcome.Priced(List.of(CostComponent.fixed("Certificate", "requests", BigDecimal.ONE, prices.unit(
        Aws.query("AWSCertificateManager", "Certificate", r.region().code()).attr("usagetype", "PrivateCertificatesIssued")
            .price(Aws.FIRST_TIER).build()))), List.of(), List.of());
  }
}
