package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_sns_topic}: publish requests (each 64 KB chunk counts as one) and the deliveries to HTTP/S
 * and email subscribers, from usage. Standard topics; FIFO topics' prices are not in the catalog.
 */
public final class SnsTopicPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Publish requests a month.");
  static final UsageKey REQUEST_KB = UsageKey.number("request_size_kb", "64", "Average request size in KB (billed per 64 KB).");
  static final UsageKey HTTP_SUBS = UsageKey.number("http_subscriptions", "HTTP/HTTPS subscriptions.");
  static final UsageKey EMAIL_SUBS = UsageKey.number("email_subscriptions", "Email/Email-JSON subscriptions.");

  @Override
  public String resourceType() {
    return "aws_sns_topic";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS, REQUEST_KB, HTTP_SUBS, EMAIL_SUBS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    BigDecimal chunks = usage.number(REQUEST_KB.key())
        .map(kb -> kb.divide(BigDecimal.valueOf(64), 0, RoundingMode.CEILING).max(BigDecimal.ONE)).orElse(BigDecimal.ONE);
    Optional<BigDecimal> requests = usage.number(REQUESTS.key());
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.usage("API requests (over 1M)", "1M requests", Aws.per(Aws.times(requests, chunks), Aws.MILLION),
        prices.scaled(Aws.query("AmazonSNS", "API Request", region).attr("usagetype", "Requests-Tier1").build(), Aws.MILLION)));
    out.add(CostComponent.usage("HTTP/HTTPS notifications (over 100k)", "1M notifications",
        Aws.per(requests.flatMap(n -> usage.number(HTTP_SUBS.key()).map(n::multiply)), Aws.MILLION),
        prices.scaled(Aws.query("AmazonSNS", "Message Delivery", region).attr("endpointType", "HTTP").build(), Aws.MILLION)));
    out.add(CostComponent.usage("Email/Email-JSON notifications (over 1k)", "100k notifications",
        Aws.per(requests.flatMap(n -> usage.number(EMAIL_SUBS.key()).map(n::multiply)), Aws.HUNDRED_THOUSAND),
        prices.scaled(Aws.query("AmazonSNS", "Message Delivery", region).attr("endpointType", "Email/Email-JSON").build(),
            Aws.HUNDRED_THOUSAND)));
    return new Outcome.Priced(out, List.of(),
        r.attributes().bool("fifo_topic").orElse(false) ? List.of("a FIFO topic; priced at the standard topic's rates") : List.of());
  }

}
