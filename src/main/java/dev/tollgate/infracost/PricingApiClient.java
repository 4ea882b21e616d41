package dev.tollgate.infracost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends batches of GraphQL queries to the Cloud Pricing API's {@code POST /graphql}, as the Infracost
 * CLI does (a JSON array in, a JSON array of results out), with the key in {@code X-Api-Key}. 429 and
 * 5xx answers and network failures are retried with exponential backoff (Failsafe), honouring
 * {@code Retry-After}; what still fails becomes a {@link PriceSourceException} saying what to do.
 */
final class PricingApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the delay function returns to let Failsafe's exponential backoff decide. */
  private static final Duration BACKOFF = Duration.ofMillis(-1);

  private final PricingApiSettings settings;
  private final HttpClient http;
  private final RetryPolicy<HttpResponse<String>> retry;

  PricingApiClient(PricingApiSettings settings) {
    this.settings = settings;
    // HTTP/1.1: on a plain-http endpoint (a self-hosted one) Java would otherwise ask for an h2c upgrade.
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1).build();
    this.retry = RetryPolicy.<HttpResponse<String>>builder()
        .handle(IOException.class)
        .handleResultIf(r -> retryable(r.statusCode()) && RetryAfter.of(r).map(d -> d.compareTo(settings.maxRetryAfter()) <= 0).orElse(true))
        .withBackoff(settings.firstBackoff(), settings.maxBackoff())
        // Retry-After, when the server sends one, replaces the backoff (a negative delay falls back to it).
        .withDelayFn(ctx -> ctx.getLastResult() == null ? BACKOFF : RetryAfter.of(ctx.getLastResult()).orElse(BACKOFF))
        .withMaxRetries(settings.maxRetries())
        .build();
  }

  static boolean retryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /** One result per query, in order. */
  List<JsonNode> post(ArrayNode queries) {
    String endpoint = settings.graphqlUri().toString();
    HttpRequest request = HttpRequest.newBuilder(settings.graphqlUri())
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("X-Api-Key", settings.apiKey())
        .header("User-Agent", "tollgate")
        .POST(HttpRequest.BodyPublishers.ofString(queries.toString()))
        .build();
    HttpResponse<String> response;
    try {
      response = Failsafe.with(retry).get(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (FailsafeException e) {
      throw failure(e.getCause() == null ? e : e.getCause(), endpoint);
    }
    if (response.statusCode() != 200) {
      throw status(response, endpoint);
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new PriceSourceException("prices.api_shape", "the Infracost Cloud Pricing API answered with something that is not JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse(""), endpoint);
    }
    if (body.isObject() && queries.size() == 1) {
      return List.of(body);
    }
    if (!body.isArray() || body.size() != queries.size()) {
      throw new PriceSourceException("prices.api_shape", "the Infracost Cloud Pricing API answered " + (body.isArray() ? body.size() + " results" : "an object")
          + " to " + queries.size() + " queries; is --pricing-api-endpoint a Cloud Pricing API?", endpoint);
    }
    List<JsonNode> out = new ArrayList<>();
    body.forEach(out::add);
    return out;
  }

  private PriceSourceException status(HttpResponse<String> r, String endpoint) {
    int code = r.statusCode();
    String said = errorText(r.body());
    String attempts = " after " + (settings.maxRetries() + 1) + " attempts";
    if (code == 401 || code == 403) {
      return new PriceSourceException("prices.api_key", "the Infracost Cloud Pricing API rejected the API key (HTTP " + code + said
          + "); set INFRACOST_API_KEY to a valid key (`infracost auth login` then `infracost configure get api_key` prints one)", endpoint);
    }
    if (code == 429) {
      Optional<Duration> wait = RetryAfter.of(r);
      String when = wait.map(d -> "it asks to wait " + d.toSeconds() + " s; try again then")
          .orElse("still limited" + attempts + "; try again later");
      return new PriceSourceException("prices.api_rate_limited", "the Infracost Cloud Pricing API is rate-limiting this key (HTTP 429" + said + "): "
          + when + ", or price offline with --prices local", endpoint);
    }
    if (retryable(code)) {
      return new PriceSourceException("prices.api_unavailable", "the Infracost Cloud Pricing API answered HTTP " + code + said + attempts
          + "; try again later, or price offline with --prices local", endpoint);
    }
    return new PriceSourceException("prices.api_refused", "the Infracost Cloud Pricing API refused the query (HTTP " + code + said + ")", endpoint);
  }

  /** {@code : Invalid API key} from {@code {"error": "Invalid API key"}}, or the start of the body. */
  private static String errorText(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode n = JSON.readTree(body);
      if (n.hasNonNull("error")) {
        return ": " + n.get("error").asText();
      }
    } catch (JsonProcessingException e) {
      // Not JSON: show the start of it.
    }
    String line = body.strip().lines().findFirst().orElse("");
    return ": " + (line.length() > 120 ? line.substring(0, 120) + "…" : line);
  }

  private PriceSourceException failure(Throwable e, String endpoint) {
    String tries = settings.maxRetries() + 1 + " attempts";
    if (e instanceof HttpTimeoutException) {
      return new PriceSourceException("prices.api_timeout", "the Infracost Cloud Pricing API did not answer within "
          + settings.timeout().toMillis() / 1000.0 + " s (" + tries + "); check the network or raise --pricing-api-timeout, or price offline with --prices local", endpoint);
    }
    if (e instanceof ConnectException || e instanceof UnknownHostException) {
      boolean unknownHost = e instanceof UnknownHostException || e.getCause() instanceof UnresolvedAddressException
          || e.getCause() instanceof UnknownHostException;
      String why = unknownHost ? "unknown host" : "connection refused";
      return new PriceSourceException("prices.api_unreachable", "cannot reach the Infracost Cloud Pricing API (" + why + ", " + tries
          + "); check the network and --pricing-api-endpoint, or price offline with --prices local", endpoint);
    }
    return new PriceSourceException("prices.api_failed", "the request to the Infracost Cloud Pricing API failed (" + tries + "): "
        + e + "; check the network and --pricing-api-endpoint, or price offline with --prices local", endpoint);
  }
}
