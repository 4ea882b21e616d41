package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tollgate.engine.EstimateEngine;
import dev.tollgate.infracost.PricingEndpoint;
import dev.tollgate.infracost.QueryRecorder;
import dev.tollgate.model.InputException;
import dev.tollgate.pricing.ExchangeRates;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Run;
import dev.tollgate.terraform.PlanReader;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --prices infracost-api} through the estimate command, against Tollgate's own compatible
 * endpoint serving the shipped catalog: the same plan priced through the API gives byte for byte the
 * table the local catalog gives, in one batched request, and none on a second run (the disk cache).
 */
class InfracostApiPricesTest {

  private static final String EXAMPLE = Fixtures.path("plans/web-app.json").toString();
  private static final AtomicInteger REQUESTS = new AtomicInteger();
  private static Javalin endpoint;

  @TempDir Path cache;

  @BeforeAll
  static void start() {
    endpoint = Javalin.create(c -> c.showJavalinBanner = false);
    endpoint.before("/graphql", ctx -> REQUESTS.incrementAndGet());
    new PricingEndpoint(Engines.catalog(), ExchangeRates.NONE, Optional.of("k-123")).register(endpoint, "");
    endpoint.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    endpoint.stop();
  }

  /** Runs {@code tollgate estimate ARGS} with only the environment replaced. */
  private static String estimate(Map<String, String> env, String... args) throws Exception {
    EstimateCommand command = new EstimateCommand();
    CommandLine cli = new CommandLine(command);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.parseArgs(args);
    command.prices.env = env::get;
    assertThat(command.call()).isZero();
    return out.toString();
  }

  private String[] apiArgs(String... more) {
    String[] base = {"--path", EXAMPLE, "--prices", "infracost-api", "--pricing-api-endpoint", "http://127.0.0.1:" + endpoint.port(),
        "--price-cache", cache.toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void a_plan_priced_through_the_api_matches_the_local_catalog_in_two_requests_then_none() throws Exception {
    String local = Run.of("estimate", "--path", EXAMPLE).out();
    int before = REQUESTS.get();
    String first = estimate(Map.of("INFRACOST_API_KEY", "k-123"), apiArgs());
    // One batch for the estimate, one for the savings hints' alternatives.
    assertThat(REQUESTS.get() - before).isEqualTo(2);
    assertThat(first).isEqualTo(local).contains(" Monthly total                                                          $496.42       $686.76      +$190.35");
    QueryRecorder recorder = new QueryRecorder();
    new EstimateEngine(new PricerRegistry(), new Prices(recorder), UsageFile.NONE).estimate("", new PlanReader().read(Path.of(EXAMPLE)));
    try (var files = Files.list(cache)) {
      assertThat(recorder.queries()).hasSize(14);
      assertThat(files.count()).isGreaterThan(14);
    }
    String second = estimate(Map.of("INFRACOST_API_KEY", "k-123"), apiArgs());
    assertThat(REQUESTS.get() - before).isEqualTo(2);
    assertThat(second).isEqualTo(local);
  }

  @Test
  void a_key_the_endpoint_rejects_stops_the_run_with_how_to_fix_it() {
    assertThatThrownBy(() -> estimate(Map.of("INFRACOST_API_KEY", "wrong"), apiArgs("--price-cache-hours", "0")))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).render()).isEqualTo(
            "http://127.0.0.1:" + endpoint.port() + "/graphql: error: the Infracost Cloud Pricing API rejected the API key "
                + "(HTTP 401: Invalid API key); set INFRACOST_API_KEY to a valid key (`infracost auth login` then "
                + "`infracost configure get api_key` prints one)"));
  }

  @Test
  void without_a_key_the_user_is_told_where_to_put_one() {
    assumeTrue(System.getenv("INFRACOST_API_KEY") == null, "INFRACOST_API_KEY is set in this environment");
    Run run = Run.of("estimate", "--path", EXAMPLE, "--prices", "infracost-api");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: --prices infracost-api needs an Infracost API key in INFRACOST_API_KEY "
        + "(`infracost auth login` then `infracost configure get api_key` prints one); or price offline with --prices local\n");
  }

  @Test
  void an_endpoint_that_is_not_an_http_url_is_a_usage_error() {
    assertThatThrownBy(() -> estimate(Map.of("INFRACOST_API_KEY", "k-123"), "--path", EXAMPLE, "--prices", "infracost-api",
        "--pricing-api-endpoint", "ftp://prices.example"))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).render()).isEqualTo(
            "error: --pricing-api-endpoint ftp://prices.example: expected an http(s) URL such as https://pricing.api.infracost.io"));
  }

  @Test
  void a_catalog_with_another_source_is_a_usage_error() {
    Run run = Run.of("estimate", "--path", EXAMPLE, "--prices", "infracost-cli", "--catalog", "x.tgc");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --catalog is the local catalog; it has no effect with --prices infracost-cli\n");
  }
}
