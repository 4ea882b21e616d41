package dev.tollgate.infracost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Shared;
import io.javalin.Javalin;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Infracost-compatible endpoint over real HTTP: Infracost's four example queries, the batched
 * form the Infracost CLI sends, and the limits. GCP and Azure prices come from a catalog built from
 * the raw source files; AWS from the shipped catalog.
 */
class PricingEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, BigDecimal> RATES = Map.of("GBP", new BigDecimal("0.7893"), "NZD", new BigDecimal("1.6912"));

  private static Javalin shipped;
  private static Javalin raw;
  private static Javalin keyed;
  private static JsonNode gcp;
  private static JsonNode azure;

  @BeforeAll
  static void start() throws Exception {
    gcp = RawSourceCatalog.gcpPricing();
    azure = RawSourceCatalog.azureDisks();
    shipped = serve(Engines.catalog(), ExchangeRates.of("test rates", RATES), Optional.empty(), "");
    raw = serve(RawSourceCatalog.build(gcp, azure), ExchangeRates.NONE, Optional.empty(), "/pricing");
    keyed = serve(Engines.catalog(), ExchangeRates.NONE, Optional.of("s3cret"), "");
  }

  private static Javalin serve(PriceCatalog catalog, ExchangeRates rates, Optional<String> key, String base) {
    Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
    new PricingEndpoint(catalog, rates, key).register(app, base);
    return app.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    for (Javalin app : new Javalin[] {shipped, raw, keyed}) {
      if (app != null) {
        app.stop();
      }
    }
  }

  @Test
  void gcp_example_answers_the_n1_standard_64_hourly_price_from_pricing_yml() throws Exception {
    JsonNode products = example(raw, "/pricing", "gcp/compute-instance.graphql").path("data").path("products");
    BigDecimal expected = RawSourceCatalog.gcpHour(gcp, "n1-standard-64", "europe-west1");
    assertThat(expected).isEqualByComparingTo("3.344112");
    assertThat(products).hasSize(1);
    assertThat(products.get(0).path("prices")).hasSize(1);
    assertThat(new BigDecimal(products.get(0).path("prices").get(0).path("USD").asText())).isEqualByComparingTo(expected);
  }

  @Test
  void azure_example_answers_the_p60_lrs_disk_in_brazil_southeast_from_flexera() throws Exception {
    JsonNode products = example(raw, "/pricing", "azure/managed-disk.graphql").path("data").path("products");
    BigDecimal expected = RawSourceCatalog.azureDisk(azure, "brazilsoutheast", "P60_LRS");
    assertThat(expected).isEqualByComparingTo("2124.72");
    assertThat(products).hasSize(1);
    assertThat(products.get(0).path("prices")).hasSize(1);
    assertThat(new BigDecimal(products.get(0).path("prices").get(0).path("USD").asText())).isEqualByComparingTo(expected);
  }

  @Test
  void the_shipped_catalog_answers_the_gcp_and_azure_examples_with_the_raw_sources_values() throws Exception {
    JsonNode gcpProducts = example(shipped, "", "gcp/compute-instance.graphql").path("data").path("products");
    assertThat(gcpProducts).hasSize(1);
    assertThat(new BigDecimal(gcpProducts.get(0).path("prices").get(0).path("USD").asText()))
        .isEqualByComparingTo(RawSourceCatalog.gcpHour(gcp, "n1-standard-64", "europe-west1"));
    JsonNode azureProducts = example(shipped, "", "azure/managed-disk.graphql").path("data").path("products");
    assertThat(azureProducts).isNotEmpty();
    assertThat(new BigDecimal(azureProducts.get(0).path("prices").get(0).path("USD").asText()))
        .isEqualByComparingTo(RawSourceCatalog.azureDisk(azure, "brazilsoutheast", "P60_LRS"));
  }

  @Test
  void linux_ec2_example_lists_every_t3_micro_product_in_us_east_1_with_its_attributes() throws Exception {
    JsonNode out = example(shipped, "", "aws/linux-ec2.graphql");
    assertThat(out.path("errors").isMissingNode()).isTrue();
    JsonNode products = out.path("data").path("products");
    int expected = Engines.catalog().find(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "us-east-1")
        .attr("instanceType", "t3.micro").build()).size();
    assertThat(products).hasSize(expected).isNotEmpty();
    for (JsonNode p : products) {
      Map<String, String> attributes = new java.util.HashMap<>();
      p.path("attributes").forEach(a -> attributes.put(a.path("key").asText(), a.path("value").asText()));
      assertThat(attributes).containsEntry("instanceType", "t3.micro").containsEntry("operatingSystem", "Linux");
      assertThat(new BigDecimal(p.path("prices").get(0).path("USD").asText())).isEqualByComparingTo("0.0104");
    }
  }

  @Test
  void alternate_currency_example_converts_the_catalog_price_exactly_with_the_endpoint_rates() throws Exception {
    JsonNode products = example(shipped, "", "aws/alternate-currency.graphql").path("data").path("products");
    BigDecimal usd = ((PriceAnswer.Found) Engines.catalog().lookup(t3MicroOnDemand())).usd();
    assertThat(products).hasSize(1);
    JsonNode price = products.get(0).path("prices").get(0);
    assertThat(new BigDecimal(price.path("GBP").asText())).isEqualByComparingTo(usd.multiply(RATES.get("GBP")));
    assertThat(new BigDecimal(price.path("NZD").asText())).isEqualByComparingTo("0.01758848");
  }

  @Test
  void a_currency_without_a_rate_is_an_error_not_a_price() throws Exception {
    JsonNode out = example(raw, "/pricing", "aws/alternate-currency.graphql");
    assertThat(out.path("data").path("products")).isEmpty();
    JsonNode eur = post(shipped, "", Map.of("query", "{ products(filter: {vendorName: \"aws\", service: \"AmazonEC2\", region: \"us-east-1\","
        + " attributeFilters: [{key: \"instanceType\", value: \"t3.micro\"}]}) { prices { EUR } } }"));
    assertThat(eur.path("errors").get(0).path("message").asText()).contains("no exchange rate for EUR");
    assertThat(eur.path("data").path("products").get(0).path("prices").get(0).path("EUR").isNull()).isTrue();
  }

  @Test
  void batched_queries_as_the_infracost_cli_sends_them_get_one_result_each_in_order() throws Exception {
    List<Object> batch = new ArrayList<>();
    for (PriceQuery q : List.of(t3MicroOnDemand(), PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "us-east-1")
        .attr("instanceType", "no-such.type").price(PriceFilter.ON_DEMAND).build(), m5LargeRegex())) {
      batch.add(JSON.convertValue(PriceQueries.request(q), Map.class));
    }
    JsonNode out = post(shipped, "", batch);
    assertThat(out.isArray()).isTrue();
    assertThat(out).hasSize(3);
    JsonNode first = out.get(0).path("data").path("products").get(0).path("prices").get(0);
    assertThat(new java.math.BigDecimal(first.path("USD").asText())).isEqualByComparingTo("0.0104");
    assertThat(first.path("priceHash").asText()).matches("[0-9a-f]{32}-[0-9a-f]{32}");
    assertThat(out.get(1).path("data").path("products")).isEmpty();
    assertThat(new BigDecimal(out.get(2).path("data").path("products").get(0).path("prices").get(0).path("USD").asText()))
        .isEqualByComparingTo("0.096");
  }

  @Test
  void the_api_client_reads_the_endpoint_answers_as_the_catalog_would() {
    CloudPricingSource api = new CloudPricingSource(PricingApiSettings.of(URI.create("http://127.0.0.1:" + shipped.port()), "any",
        java.time.Duration.ofSeconds(5)), PricingApiCache.disabled());
    for (PriceQuery q : List.of(t3MicroOnDemand(), m5LargeRegex())) {
      PriceAnswer.Found local = (PriceAnswer.Found) Engines.catalog().lookup(q);
      assertThat(((PriceAnswer.Found) api.lookup(q)).usd()).isEqualByComparingTo(local.usd());
    }
  }

  @Test
  void an_empty_value_matches_an_attribute_the_product_does_not_have() throws Exception {
    String q = "{ products(filter: {vendorName: \"aws\", service: \"AmazonEC2\", region: \"us-east-1\", attributeFilters: ["
        + "{key: \"instanceType\", value: \"t3.micro\"}, {key: \"%s\", value: \"\"}]}) { prices { USD } } }";
    assertThat(post(shipped, "", Map.of("query", q.formatted("gpu"))).path("data").path("products")).hasSize(1);
    assertThat(post(shipped, "", Map.of("query", q.formatted("tenancy"))).path("data").path("products")).isEmpty();
  }

  @Test
  void introspection_is_off() throws Exception {
    JsonNode out = post(shipped, "", Map.of("query", "{ __schema { types { name } } }"));
    assertThat(out.path("errors").get(0).path("message").asText()).contains("Introspection has been disabled");
    assertThat(out.path("data").path("__schema").isMissingNode() || out.path("data").isNull()).isTrue();
  }

  @Test
  void a_query_without_vendor_and_service_or_region_is_refused() throws Exception {
    JsonNode out = post(shipped, "", Map.of("query", "{ products(filter: {vendorName: \"aws\"}) { prices { USD } } }"));
    assertThat(out.path("errors").get(0).path("message").asText()).contains("needs vendorName and a service or region");
  }

  @Test
  void bodies_over_the_limit_and_oversized_batches_get_413() throws Exception {
    HttpResponse<String> big = send(shipped, "/graphql", "{\"query\": \"" + "x".repeat(PricingEndpoint.MAX_BODY_BYTES) + "\"}", Map.of());
    assertThat(big.statusCode()).isEqualTo(413);
    List<Object> many = new ArrayList<>();
    for (int i = 0; i <= PricingEndpoint.MAX_QUERIES; i++) {
      many.add(Map.of("query", "{ __typename }"));
    }
    HttpResponse<String> batch = send(shipped, "/graphql", JSON.writeValueAsString(many), Map.of());
    assertThat(batch.statusCode()).isEqualTo(413);
    assertThat(batch.body()).contains("at most 500 queries");
  }

  @Test
  void a_batch_cannot_ask_for_more_products_than_the_request_budget() throws Exception {
    String broad = "{ products(filter: {vendorName: \"aws\", service: \"AmazonEC2\", region: \"us-east-1\"}) { productHash } }";
    int each = post(shipped, "", Map.of("query", broad)).path("data").path("products").size();
    assertThat(each).isBetween(PricingEndpoint.MAX_PRODUCTS / 6 + 1, PricingEndpoint.MAX_PRODUCTS / 5);
    List<Object> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(Map.of("query", broad));
    }
    JsonNode out = post(shipped, "", six);
    assertThat(out.get(4).path("data").path("products")).hasSize(each);
    assertThat(out.get(5).path("errors").get(0).path("message").asText()).contains("more than 5000 products");
  }

  @Test
  void a_body_that_is_not_json_gets_400_with_the_reason() throws Exception {
    HttpResponse<String> r = send(shipped, "/graphql", "query { products }", Map.of());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("error").asText()).startsWith("the body is not JSON");
  }

  @Test
  void with_a_key_set_requests_need_it_and_a_wrong_one_gets_infracosts_invalid_key_answer() throws Exception {
    String body = JSON.writeValueAsString(List.of(JSON.convertValue(PriceQueries.request(t3MicroOnDemand()), Map.class)));
    HttpResponse<String> none = send(keyed, "/graphql", body, Map.of());
    HttpResponse<String> wrong = send(keyed, "/graphql", body, Map.of("X-Api-Key", "guess"));
    HttpResponse<String> right = send(keyed, "/graphql", body, Map.of("X-Api-Key", "s3cret"));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(wrong.body()).path("error_code").asText()).isEqualTo("invalid_api_key");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(right.body()).get(0).path("data").path("products")).hasSize(1);
  }

  @Test
  void health_and_event_answer_as_the_cli_expects() throws Exception {
    assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + raw.port() + "/pricing/health")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(send(shipped, "/event", "{\"event\": \"infracost-run\", \"env\": {}}", Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void the_standalone_server_answers_and_a_taken_port_is_a_bind_error() throws Exception {
    PricingEndpoint endpoint = new PricingEndpoint(Engines.catalog(), ExchangeRates.NONE, Optional.empty());
    try (PricingServer server = PricingServer.start(endpoint, "127.0.0.1", 0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThatThrownBy(() -> PricingServer.start(endpoint, "127.0.0.1", server.port()))
          .isInstanceOf(java.net.BindException.class)
          .hasMessage("cannot listen on 127.0.0.1:" + server.port() + " (in use, or not an address of this machine)");
    }
  }

  private static PriceQuery t3MicroOnDemand() {
    return PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "us-east-1").attr("instanceType", "t3.micro")
        .attr("tenancy", "Shared").attr("operatingSystem", "Linux").attr("capacitystatus", "Used").attr("preInstalledSw", "NA")
        .price(PriceFilter.ON_DEMAND).build();
  }

  private static PriceQuery m5LargeRegex() {
    return PriceQuery.of("aws", "AmazonEC2", "Compute Instance", "us-east-1").attrRegex("instanceType", "/^M5\\.LARGE$/i")
        .attr("tenancy", "Shared").price(PriceFilter.ON_DEMAND).build();
  }

  private static JsonNode example(Javalin app, String base, String file) throws Exception {
    String query = Files.readString(Shared.path("reference/infracost/cloud-pricing-api/examples/queries/" + file));
    return post(app, base, Map.of("query", query));
  }

  private static JsonNode post(Javalin app, String base, Object body) throws Exception {
    HttpResponse<String> r = send(app, base + "/graphql", JSON.writeValueAsString(body), Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> send(Javalin app, String path, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
