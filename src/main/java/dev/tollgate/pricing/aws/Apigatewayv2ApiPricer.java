package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
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
 * {@code aws_apigatewayv2_api}: HTTP API requests (metered in 512 KB increments) or WebSocket messages
 * (32 KB increments) and connection minutes, all from usage, in AWS's volume tiers.
 */
public final class Apigatewayv2ApiPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "HTTP API requests a month.");
  static final UsageKey REQUEST_KB = UsageKey.number("request_size_kb", "512", "Average request size in KB (billed per 512 KB).");
  static final UsageKey MESSAGES = UsageKey.number("monthly_messages", "WebSocket messages a month.");
  static final UsageKey MESSAGE_KB = UsageKey.number("message_size_kb", "32", "Average message size in KB (billed per 32 KB).");
  static final UsageKey MINUTES = UsageKey.number("monthly_connection_mins", "WebSocket connection minutes a month.");

  @Override
  public String resourceType() {
    return "aws_apigatewayv2_api";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS, REQUEST_KB, MESSAGES, MESSAGE_KB, MINUTES);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    boolean websocket = r.attributes().string("protocol_type").filter("WEBSOCKET"::equalsIgnoreCase).isPresent();
    List<CostComponent> out = new ArrayList<>();
    if (websocket) {
      Optional<BigDecimal> messages = Aws.times(usage.number(MESSAGES.key()), chunks(usage.number(MESSAGE_KB.key()), 32));
      out.addAll(Tiers.split(messages, List.of(Tiers.Tier.of("Messages (first 1B)", 0, 1_000_000_000L),
          Tiers.Tier.of("Messages (over 1B)", 1_000_000_000L, null)), "1M messages", Aws.MILLION,
          t -> prices.unit(Aws.query("AmazonApiGateway", "WebSocket", region).attr("usagetype", "ApiGatewayMessage")
              .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())));
      out.add(CostComponent.usage("Connection duration", "1M minutes", Aws.per(usage.number(MINUTES.key()), Aws.MILLION),
          prices.scaled(Aws.query("AmazonApiGateway", "WebSocket", region).attr("usagetype", "ApiGatewayMinute").build(), Aws.MILLION)));
    } else {
      Optional<BigDecimal> requests = Aws.times(usage.number(REQUESTS.key()), chunks(usage.number(REQUEST_KB.key()), 512));
      out.addAll(Tiers.split(requests, List.of(Tiers.Tier.of("Requests (first 300M)", 0, 300_000_000L),
          Tiers.Tier.of("Requests (over 300M)", 300_000_000L, null)), "1M requests", Aws.MILLION,
          t -> prices.unit(Aws.query("AmazonApiGateway", "API Calls", region).attr("usagetype", "ApiGatewayHttpRequest")
              .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }

  /** How many billing increments an average message of {@code kb} is: at least one. */
  private static BigDecimal chunks(Optional<BigDecimal> kb, int increment) {
    return kb.map(k -> k.divide(BigDecimal.valueOf(increment), 0, RoundingMode.CEILING).max(BigDecimal.ONE)).orElse(BigDecimal.ONE)
        .round(Hours.PRECISION);
  }
}
