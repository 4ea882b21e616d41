package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --currency}: one exact conversion of the whole estimate, so every amount in the JSON is the
 * USD amount times the rate to the last digit and the table shows it rounded to the cent; every
 * output names the currency and the rate.
 */
class CurrencyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = Fixtures.path("plans/web-app.json").toString();
  private static final BigDecimal RATE = new BigDecimal("0.9234");

  @TempDir Path dir;

  @Test
  void every_json_amount_is_the_usd_amount_times_the_rate_exactly() throws Exception {
    JsonNode usd = JSON.readTree(Run.of("estimate", "--path", EXAMPLE, "--format", "json").out());
    Run run = Run.of("estimate", "--path", EXAMPLE, "--format", "json", "--currency", "EUR", "--currency-rate", "0.9234");
    assertThat(run.err()).isEmpty();
    JsonNode eur = JSON.readTree(run.out());
    assertThat(eur.path("currency").asText()).isEqualTo("EUR");
    List<String> compared = new ArrayList<>();
    compareAmounts(usd, eur, "", compared);
    assertThat(compared).contains("totalMonthlyCost", "pastTotalMonthlyCost", "diffTotalMonthlyCost",
        "projects[0].breakdown.resources[0].costComponents[0].price");
    assertThat(compared.size()).isGreaterThan(100);
    assertThat(new BigDecimal(eur.path("totalMonthlyCost").asText()))
        .isEqualByComparingTo(new BigDecimal(usd.path("totalMonthlyCost").asText()).multiply(RATE));
    assertThat(eur.path("projects").get(0).path("metadata").path("warnings").findValuesAsText("message"))
        .contains("amounts in EUR, converted from USD at 1 USD = 0.9234 EUR (--currency-rate)");
  }

  /** Walks both trees side by side: amounts scale by the rate, everything else is equal. */
  private static void compareAmounts(JsonNode usd, JsonNode eur, String path, List<String> compared) {
    if (usd.isObject()) {
      usd.fieldNames().forEachRemaining(f -> {
        if (!f.equals("warnings") && !f.equals("currency") && !f.equals("vcsCommitTimestamp") && !f.equals("timeGenerated")) {
          compareAmounts(usd.get(f), eur.path(f), path.isEmpty() ? f : path + "." + f, compared);
        }
      });
    } else if (usd.isArray()) {
      assertThat(eur.size()).as(path).isEqualTo(usd.size());
      for (int i = 0; i < usd.size(); i++) {
        compareAmounts(usd.get(i), eur.get(i), path + "[" + i + "]", compared);
      }
    } else if (isAmount(path) && !usd.isNull()) {
      BigDecimal expected = new BigDecimal(usd.asText()).multiply(RATE);
      BigDecimal actual = new BigDecimal(eur.asText());
      if (path.contains("ourly")) {
        // Hourly figures are monthly ones divided by 730 at 34 significant digits, on both sides.
        assertThat(actual.subtract(expected).abs()).as(path).isLessThan(new BigDecimal("1e-30"));
      } else {
        assertThat(actual).as(path).isEqualByComparingTo(expected);
      }
      compared.add(path);
    } else {
      assertThat(eur).as(path).isEqualTo(usd);
    }
  }

  private static boolean isAmount(String path) {
    String field = path.substring(path.lastIndexOf('.') + 1);
    return field.endsWith("Cost") || field.equals("price");
  }

  @Test
  void the_table_rounds_the_exact_amount_to_the_cent_and_names_currency_and_rate() throws Exception {
    JsonNode usd = JSON.readTree(Run.of("estimate", "--path", EXAMPLE, "--format", "json").out());
    Run run = Run.of("estimate", "--path", EXAMPLE, "--currency", "EUR", "--currency-rate", "0.9234");
    assertThat(run.code()).isZero();
    String past = euros(usd.path("pastTotalMonthlyCost"));
    String now = euros(usd.path("totalMonthlyCost"));
    String diff = euros(usd.path("diffTotalMonthlyCost"));
    assertThat(List.of(past, now, diff)).containsExactly("€458.39", "€634.16", "€175.77");
    assertThat(run.out())
        .containsPattern(" Monthly total +" + past + " +" + now + " +\\+" + diff + "\n")
        .containsPattern(" ├─ Instance usage \\(Linux/UNIX, on-demand, m5\\.xlarge\\) +730 hours × €0\\.1976076 +€144\\.25\n")
        .contains("   amounts in EUR, converted from USD at 1 USD = 0.9234 EUR (--currency-rate)");
    assertThat(run.out()).doesNotContain("$");
    assertThat(run.out()).contains(" aws_instance.web[0]: m5.xlarge → m6g.xlarge saves €28.31/mo")
        .contains("m6g.xlarge is the same size on AWS Graviton and costs €0.158825/hour in eu-west-1 against €0.197608/hour for m5.xlarge.");
  }

  private static String euros(JsonNode usd) {
    return "€" + new BigDecimal(usd.asText()).multiply(RATE).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void a_rates_file_gives_the_rate_and_its_date_and_markdown_says_so() {
    Run run = Run.of("estimate", "--path", EXAMPLE, "--format", "markdown", "--currency", "GBP",
        "--currency-rates", Fixtures.path("currency/rates.yml").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("**Monthly cost change: +£147.16** (£383.78 → £530.94)")
        .contains("- amounts in GBP, converted from USD at 1 USD = 0.7731 GBP \\(rates.yml, 2025-04-04\\)");
  }

  @Test
  void a_currency_without_a_symbol_is_written_with_its_code() {
    Run run = Run.of("estimate", "--path", EXAMPLE, "--currency", "JPY", "--currency-rates", Fixtures.path("currency/rates.yml").toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern(" Monthly total +JPY 72,601\\.13 +JPY 100,439\\.24 +\\+JPY 27,838\\.10\n");
  }

  static Stream<Arguments> mistakes() {
    String rates = Fixtures.path("currency/rates.yml").toString();
    return Stream.of(
        Arguments.of(new String[] {"--currency", "EUR"},
            "error: --currency EUR needs a rate: --currency-rate RATE (units of EUR per US dollar) or --currency-rates FILE"),
        Arguments.of(new String[] {"--currency-rate", "0.9"},
            "error: --currency-rate needs --currency (the currency the rate converts US dollars to)"),
        Arguments.of(new String[] {"--currency", "EUR", "--currency-rate", "0.9", "--currency-rates", rates},
            "error: give --currency-rate or --currency-rates, not both"),
        Arguments.of(new String[] {"--currency", "EUR", "--currency-rate", "0,92"}, "error: --currency-rate: \"0,92\" is not a number"),
        Arguments.of(new String[] {"--currency", "EUR", "--currency-rate", "-1"},
            "error: --currency-rate: an exchange rate must be above zero, not -1"),
        Arguments.of(new String[] {"--currency", "euro", "--currency-rate", "1"},
            "error: --currency euro: not an ISO 4217 code (three capital letters, e.g. EUR)"),
        Arguments.of(new String[] {"--currency", "CHF", "--currency-rates", rates},
            rates + ": error: no rate for CHF (it has EUR, GBP, JPY); add `CHF: <units per 1 USD>` under rates:"));
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void a_currency_mistake_is_one_line_and_nothing_is_priced(String[] args, String error) {
    List<String> all = new ArrayList<>(List.of("estimate", "--path", EXAMPLE));
    all.addAll(List.of(args));
    Run run = Run.of(all.toArray(String[]::new));
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(error + "\n");
  }

  @Test
  void a_rates_file_that_is_wrong_names_the_file_and_the_key() throws Exception {
    Path bad = dir.resolve("bad.yml");
    Files.writeString(bad, "rates:\n  EUR: lots\n");
    Run run = Run.of("estimate", "--path", EXAMPLE, "--currency", "EUR", "--currency-rates", bad.toString());
    assertThat(run.err()).isEqualTo(bad + ": error: rates.EUR: \"lots\" is not a number\n");
    Files.writeString(bad, "base: EUR\nrates:\n  GBP: 0.8\n");
    run = Run.of("estimate", "--path", EXAMPLE, "--currency", "GBP", "--currency-rates", bad.toString());
    assertThat(run.err()).isEqualTo(bad + ": error: base: rates must be from USD (Tollgate's prices are in USD), not EUR\n");
  }

  @Test
  void comparing_to_an_estimate_in_another_currency_is_refused() throws Exception {
    Path eur = dir.resolve("eur.json");
    Files.writeString(eur, Run.of("estimate", "--path", EXAMPLE, "--format", "json", "--currency", "EUR", "--currency-rate", "0.9").out());
    Run run = Run.of("estimate", "--path", EXAMPLE, "--compare-to", eur.toString(), "--currency", "EUR", "--currency-rate", "0.9");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(eur + ": error: is in EUR and this estimate is priced in USD; compare with an estimate written "
        + "without --currency (Tollgate converts at the end, once)\n");
  }

  @Test
  void comparing_to_a_usd_estimate_converts_both_sides_once() throws Exception {
    Run run = Run.of("estimate", "--path", Fixtures.path("plans/compare-to-head.json").toString(), "--format", "json",
        "--compare-to", Shared.infracostTestdata("diff_with_compare_to_format_json/prior.json").toString(),
        "--currency", "EUR", "--currency-rate", "0.5");
    JsonNode out = JSON.readTree(run.out());
    assertThat(out.path("pastTotalMonthlyCost").asText()).isEqualTo("1022.96");
    assertThat(out.path("totalMonthlyCost").asText()).isEqualTo("651.64");
    assertThat(out.path("diffTotalMonthlyCost").asText()).isEqualTo("-371.32");
  }
}
