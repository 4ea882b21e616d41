package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --prices infracost-cli} end to end with a fake {@code infracost} (a shell script this test
 * writes) that prints Infracost's recorded {@code breakdown --format json} output, {@code Err:} trailer
 * and all: Tollgate's reports show Infracost's numbers; a missing, failing or garbled CLI is one line.
 */
class InfracostCliPricesTest {

  @TempDir Path dir;

  private static Path golden() {
    return Shared.infracostTestdata("breakdown_format_json/breakdown_format_json.golden");
  }

  private static Path plan() {
    return Shared.infracostTestdata("example_plan.json");
  }

  private Path fake(String body) throws Exception {
    Path script = dir.resolve("infracost");
    Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir.resolve("args.txt") + "'\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  @Test
  void the_table_shows_infracosts_recorded_totals_and_the_cli_got_the_inputs_as_arguments() throws Exception {
    Path usage = Shared.infracostTestdata("example_usage.yml");
    Path bin = fake("cat '" + golden() + "'");
    Run run = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", bin.toString(), "--path", plan().toString(),
        "--usage-file", usage.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Project: " + plan())
        .containsPattern(" aws_instance\\.web_app +create +\\$0\\.00 +\\$742\\.64 +\\+\\$742\\.64")
        .contains("Instance usage (Linux/UNIX, on-demand, m5.4xlarge)")
        .containsPattern(" Monthly total +\\$0\\.00 +\\$1,361\\.31 +\\+\\$1,361\\.31")
        .contains(" 5 resources in the plan: 5 priced, 0 free, 0 not supported")
        .contains("priced by the Infracost CLI");
    assertThat(Files.readAllLines(dir.resolve("args.txt")))
        .containsExactly("breakdown", "--path", plan().toString(), "--format", "json", "--usage-file", usage.toString());
  }

  @Test
  void json_output_keeps_infracosts_exact_totals() throws Exception {
    Run run = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", fake("cat '" + golden() + "'").toString(),
        "--path", plan().toString(), "--format", "json");
    assertThat(run.code()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.path("currency").asText()).isEqualTo("USD");
    assertThat(out.path("totalMonthlyCost").asText()).isEqualTo("1361.3075");
    assertThat(out.path("totalMonthlyUsageCost").asText()).isEqualTo("436.6675");
    assertThat(out.path("projects").get(0).path("name").asText()).isEqualTo(plan().toString());
  }

  @Test
  void a_failing_cli_is_one_line_with_its_last_error_line() throws Exception {
    Path bin = fake("echo 'Loading plan...' >&2\necho 'Error: No valid Terraform files found at the given path' >&2\nexit 1");
    Run run = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", bin.toString(), "--path", "main");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("main: error: `" + bin + " breakdown --path main` exited with 1: "
        + "Error: No valid Terraform files found at the given path\n");
  }

  @Test
  void output_that_is_not_infracost_json_is_one_line_naming_the_command() throws Exception {
    Path bin = fake("echo 'infracost v0.10.41: unknown flag --format'");
    Run run = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", bin.toString(), "--path", "main");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("output of `" + bin + " breakdown --path main`:1:1: error: invalid JSON: ");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void a_missing_binary_says_how_to_install_or_name_it() {
    Run run = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", dir.resolve("nowhere/infracost").toString(),
        "--path", "main");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("main: error: the Infracost CLI (" + dir.resolve("nowhere/infracost") + ") is not installed or not on PATH; "
        + "install it (https://www.infracost.io/docs/), name it with --infracost-bin, or price with --prices local\n");
  }

  @Test
  void a_cli_that_hangs_is_stopped_at_the_timeout() throws Exception {
    Path bin = fake("sleep 30");
    long start = System.nanoTime();
    Run run = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", bin.toString(), "--infracost-timeout", "1",
        "--path", "main");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("main: error: `" + bin + " breakdown --path main` did not finish within 1 s and was stopped; "
        + "raise --infracost-timeout, or price with --prices local\n");
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }

  @Test
  void infracost_prices_in_its_own_currency_and_tollgate_will_not_convert_from_it() throws Exception {
    Path eur = dir.resolve("eur.json");
    Files.writeString(eur, Files.readString(golden()).replace("\"currency\": \"USD\"", "\"currency\": \"EUR\""));
    Path bin = fake("cat '" + eur + "'");
    Run same = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", bin.toString(), "--path", "main", "--currency", "EUR");
    assertThat(same.code()).isZero();
    assertThat(same.out()).containsPattern(" Monthly total +€0\\.00 +€1,361\\.31 +\\+€1,361\\.31");
    Run other = Run.of("estimate", "--prices", "infracost-cli", "--infracost-bin", bin.toString(), "--path", "main",
        "--currency", "GBP", "--currency-rate", "0.8");
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).isEqualTo("error: the prices are in EUR and Tollgate converts only from USD; drop --currency, "
        + "or have Infracost price in USD\n");
    assertThat(List.of(same.err(), other.out())).containsOnly("");
  }
}
