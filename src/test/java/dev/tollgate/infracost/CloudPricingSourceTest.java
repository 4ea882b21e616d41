package dev.tollgate.infracost;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cloud Pricing API client against WireMock, with answers shaped like Infracost's example queries'
 * responses: what a user sees on success and on each failure (bad key, rate limit, timeout, no network).
 */
class CloudPricingSourceTest {

  /** The response in cloud-pricing-api/examples/queries/gcp/compute-instance.graphql, as one batch result. */
  private static final String GCP_ANSWER = "[{\"data\":{\"products\":[{\"prices\":[{\"USD\":\"3.344112\"}]}]}}]";
  /** The response in .../azure/managed-disk.graphql: the second product has no price. */
  private static final String AZURE_ANSWER = "[{\"data\":{\"products\":[{\"prices\":[{\"USD\":\"2124.72\"}]},{\"prices\":[]}]}}]";

  private static WireMockServer wiremock;

  @TempDir Path cacheDir;

  @BeforeAll
  static void start() {
    wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wiremock.start();
  }

  @AfterAll
  static void stop() {
    wiremock.stop();
  }

  @BeforeEach
  void reset() {
    wiremock.resetAll();
  }

  @Test
  void a_price_is_asked_in_the_infracost_cli_shape_and_read_from_the_answer() {
    wiremock.stubFor(post("/graphql").willReturn(json(200, GCP_ANSWER)));
    PriceAnswer a = source(settings(), PricingApiCache.disabled()).lookup(gcpQuery());
    assertThat(a).isInstanceOf(PriceAnswer.Found.class);
    assertThat(((PriceAnswer.Found) a).usd()).isEqualByComparingTo("3.344112");
    assertThat(((PriceAnswer.Found) a).provenance()).startsWith("Infracost Cloud Pricing API (fetched ");
    wiremock.verify(1, postRequestedFor(urlEqualTo("/graphql"))
        .withHeader("X-Api-Key", equalTo("test-key"))
        .withRequestBody(matchingJsonPath("$[0].variables.productFilter.vendorName", equalTo("gcp")))
        .withRequestBody(matchingJsonPath("$[0].variables.productFilter.region", equalTo("europe-west1")))
        .withRequestBody(matchingJsonPath("$[0].variables.productFilter.attributeFilters[0].value", equalTo("n1-standard-64")))
        .withRequestBody(matchingJsonPath("$[0].variables.priceFilter.purchaseOption", equalTo("on_demand")))
        .withRequestBody(matchingJsonPath("$[0].query", equalTo(PriceQueries.QUERY))));
  }

  @Test
  void a_product_without_prices_is_skipped_and_an_empty_answer_is_a_missing_price() {
    wiremock.stubFor(post("/graphql").willReturn(json(200, AZURE_ANSWER)));
    assertThat(((PriceAnswer.Found) source(settings(), PricingApiCache.disabled()).lookup(azureQuery())).usd())
        .isEqualByComparingTo("2124.72");
    wiremock.stubFor(post("/graphql").willReturn(json(200, "[{\"data\":{\"products\":[]}}]")));
    PriceAnswer none = source(settings(), PricingApiCache.disabled()).lookup(azureQuery());
    assertThat(((PriceAnswer.NotFound) none).reason())
        .isEqualTo("the Infracost Cloud Pricing API has no price for azure Storage (productName=Premium SSD Managed Disks, "
            + "skuName=P60 LRS, meterName=P60 Disks) in brazilsoutheast [purchaseOption=Consumption]");
  }

  @Test
  void a_rejected_key_stops_the_run_and_says_how_to_set_infracost_api_key() {
    wiremock.stubFor(post("/graphql").willReturn(json(401, "{\"error\":\"Invalid API key\"}")));
    assertThatThrownBy(() -> source(settings(), PricingApiCache.disabled()).lookup(gcpQuery()))
        .isInstanceOfSatisfying(PriceSourceException.class, e -> assertThat(e.problem().render()).isEqualTo(endpoint()
            + "/graphql: error: the Infracost Cloud Pricing API rejected the API key (HTTP 401: Invalid API key); set INFRACOST_API_KEY "
            + "to a valid key (`infracost auth login` then `infracost configure get api_key` prints one)"));
    wiremock.verify(1, postRequestedFor(urlEqualTo("/graphql")));
  }

  @Test
  void a_429_is_retried_after_retry_after_and_then_answers() {
    wiremock.stubFor(post("/graphql").inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(429, "{\"error\":\"Too many requests\"}").withHeader("Retry-After", "1")).willSetStateTo("lifted"));
    wiremock.stubFor(post("/graphql").inScenario("limited").whenScenarioStateIs("lifted").willReturn(json(200, GCP_ANSWER)));
    long start = System.nanoTime();
    PriceAnswer a = source(settings(), PricingApiCache.disabled()).lookup(gcpQuery());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(((PriceAnswer.Found) a).usd()).isEqualByComparingTo("3.344112");
    wiremock.verify(2, postRequestedFor(urlEqualTo("/graphql")));
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void a_rate_limit_that_asks_for_an_hour_fails_at_once_saying_when_to_retry() {
    wiremock.stubFor(post("/graphql").willReturn(json(429, "{\"error\":\"Too many requests\"}").withHeader("Retry-After", "3600")));
    assertThatThrownBy(() -> source(settings(), PricingApiCache.disabled()).lookup(gcpQuery()))
        .isInstanceOfSatisfying(PriceSourceException.class, e -> assertThat(e.problem().message()).isEqualTo(
            "the Infracost Cloud Pricing API is rate-limiting this key (HTTP 429: Too many requests): it asks to wait 3600 s; "
                + "try again then, or price offline with --prices local"));
    wiremock.verify(1, postRequestedFor(urlEqualTo("/graphql")));
  }

  @Test
  void a_server_error_that_persists_is_retried_then_reported() {
    wiremock.stubFor(post("/graphql").willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
    assertThatThrownBy(() -> source(settings(), PricingApiCache.disabled()).lookup(gcpQuery()))
        .isInstanceOfSatisfying(PriceSourceException.class, e -> assertThat(e.problem().message()).isEqualTo(
            "the Infracost Cloud Pricing API answered HTTP 503: upstream unavailable after 3 attempts; try again later, "
                + "or price offline with --prices local"));
    wiremock.verify(3, postRequestedFor(urlEqualTo("/graphql")));
  }

  @Test
  void an_api_that_does_not_answer_in_time_is_a_timeout_error() {
    wiremock.stubFor(post("/graphql").willReturn(json(200, GCP_ANSWER).withFixedDelay(3000)));
    PricingApiSettings quick = new PricingApiSettings(URI.create(endpoint()), "test-key", Duration.ofMillis(250), 1,
        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5));
    assertThatThrownBy(() -> source(quick, PricingApiCache.disabled()).lookup(gcpQuery()))
        .isInstanceOfSatisfying(PriceSourceException.class, e -> assertThat(e.problem().message()).isEqualTo(
            "the Infracost Cloud Pricing API did not answer within 0.25 s (2 attempts); check the network or raise "
                + "--pricing-api-timeout, or price offline with --prices local"));
  }

  @Test
  void no_network_is_a_clear_error_not_a_price() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    PricingApiSettings offline = settings().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20));
    PricingApiSettings refused = new PricingApiSettings(URI.create("http://127.0.0.1:" + closed), "test-key", offline.timeout(),
        offline.maxRetries(), offline.firstBackoff(), offline.maxBackoff(), offline.maxRetryAfter());
    assertThatThrownBy(() -> source(refused, PricingApiCache.disabled()).lookup(gcpQuery()))
        .isInstanceOfSatisfying(PriceSourceException.class, e -> assertThat(e.problem().render()).isEqualTo(
            "http://127.0.0.1:" + closed + "/graphql: error: cannot reach the Infracost Cloud Pricing API (connection refused, 3 attempts); "
                + "check the network and --pricing-api-endpoint, or price offline with --prices local"));
  }

  @Test
  void graphql_errors_stop_the_run_with_the_api_message() {
    wiremock.stubFor(post("/graphql").willReturn(json(200, "[{\"errors\":[{\"message\":\"Unknown argument foo\"}]}]")));
    assertThatThrownBy(() -> source(settings(), PricingApiCache.disabled()).lookup(gcpQuery()))
        .hasMessageEndingWith("answered with an error for Compute Engine Compute Instance (machineType=n1-standard-64) in europe-west1: "
            + "Unknown argument foo");
  }

  @Test
  void prefetch_sends_every_query_a_plan_needs_in_one_request() {
    wiremock.stubFor(post("/graphql").willReturn(json(200, "[" + String.join(",",
        "{\"data\":{\"products\":[{\"prices\":[{\"USD\":\"3.344112\"}]}]}}",
        "{\"data\":{\"products\":[{\"prices\":[{\"USD\":\"2124.72\"}]}]}}",
        "{\"data\":{\"products\":[]}}") + "]")));
    CloudPricingSource source = source(settings(), PricingApiCache.disabled());
    PriceQuery missing = PriceQuery.of("gcp", "Compute Engine", "Compute Instance", "mars-north1").attr("machineType", "x").build();
    source.prefetch(List.of(gcpQuery(), azureQuery(), gcpQuery(), missing));
    assertThat(((PriceAnswer.Found) source.lookup(gcpQuery())).usd()).isEqualByComparingTo("3.344112");
    assertThat(((PriceAnswer.Found) source.lookup(azureQuery())).usd()).isEqualByComparingTo("2124.72");
    assertThat(source.lookup(missing)).isInstanceOf(PriceAnswer.NotFound.class);
    assertThat(source.requests()).isEqualTo(1);
    wiremock.verify(1, postRequestedFor(urlEqualTo("/graphql")).withRequestBody(matchingJsonPath("$[2].variables.productFilter.region",
        equalTo("mars-north1"))));
  }

  @Test
  void answers_are_kept_on_disk_until_they_expire_and_an_expired_one_is_never_used() {
    wiremock.stubFor(post("/graphql").willReturn(json(200, GCP_ANSWER)));
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    PricingApiCache cache = new PricingApiCache(cacheDir, Duration.ofHours(24), clock);
    source(settings(), cache).lookup(gcpQuery());
    PriceAnswer.Found again = (PriceAnswer.Found) source(settings(), cache).lookup(gcpQuery());
    assertThat(again.usd()).isEqualByComparingTo("3.344112");
    assertThat(again.provenance()).isEqualTo("Infracost Cloud Pricing API (fetched 2026-01-01)");
    wiremock.verify(1, postRequestedFor(urlEqualTo("/graphql")));

    clock.now = clock.now.plus(Duration.ofHours(25));
    wiremock.stubFor(post("/graphql").willReturn(json(401, "{\"error\":\"Invalid API key\"}")));
    assertThatThrownBy(() -> source(settings(), cache).lookup(gcpQuery())).isInstanceOf(PriceSourceException.class);
    wiremock.verify(2, postRequestedFor(urlEqualTo("/graphql")));
  }

  private static CloudPricingSource source(PricingApiSettings settings, PricingApiCache cache) {
    return new CloudPricingSource(settings, cache);
  }

  /** Quick retries for tests; the real defaults wait seconds. */
  private static PricingApiSettings settings() {
    return new PricingApiSettings(URI.create(endpoint()), "test-key", Duration.ofSeconds(5), 2, Duration.ofMillis(10),
        Duration.ofMillis(40), Duration.ofSeconds(5));
  }

  private static String endpoint() {
    return "http://127.0.0.1:" + wiremock.port();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static PriceQuery gcpQuery() {
    return PriceQuery.of("gcp", "Compute Engine", "Compute Instance", "europe-west1").attr("machineType", "n1-standard-64")
        .price(PriceFilter.ON_DEMAND).build();
  }

  static PriceQuery azureQuery() {
    return PriceQuery.of("azure", null, "Storage", "brazilsoutheast").attr("productName", "Premium SSD Managed Disks")
        .attr("skuName", "P60 LRS").attr("meterName", "P60 Disks").price(PriceFilter.purchase("Consumption")).build();
  }

  /** A clock a test moves by hand. */
  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
