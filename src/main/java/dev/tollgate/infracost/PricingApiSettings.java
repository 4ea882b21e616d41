package dev.tollgate.infracost;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Cloud Pricing API and how patiently.
 *
 * @param endpoint the API's base URL; queries go to {@code endpoint/graphql}, as the Infracost CLI sends them
 * @param timeout for connecting and for each answer
 * @param maxRetries retries after the first attempt, for 429, 5xx and network failures
 * @param maxRetryAfter the longest {@code Retry-After} worth waiting for; a longer one fails at once, saying when to retry
 */
public record PricingApiSettings(
    URI endpoint, String apiKey, Duration timeout, int maxRetries, Duration firstBackoff, Duration maxBackoff,
    Duration maxRetryAfter) {

  public static final URI DEFAULT_ENDPOINT = URI.create("https://pricing.api.infracost.io");

  public PricingApiSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0");
    }
  }

  /** Three retries, 1 s doubling to 8 s, waiting up to a minute when the API says so. */
  public static PricingApiSettings of(URI endpoint, String apiKey, Duration timeout) {
    return new PricingApiSettings(endpoint, apiKey, timeout, 3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60));
  }

  public PricingApiSettings withRetries(int retries, Duration first, Duration max) {
    return new PricingApiSettings(endpoint, apiKey, timeout, retries, first, max, maxRetryAfter);
  }

  URI graphqlUri() {
    String base = endpoint.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/graphql");
  }
}
