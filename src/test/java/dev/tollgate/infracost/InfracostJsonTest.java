package dev.tollgate.infracost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tollgate's JSON is Infracost's JSON: it validates against Infracost's schema and reads back. */
class InfracostJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> plans() {
    return Stream.of(
        "corpus/plans/infracost__terraform_v0.12_plan.json",
        "corpus/plans/infracost__azure_firewall_plan.json",
        "corpus/plans/terraform-compliance__issue_522_lambda_delete_update.json",
        "corpus/plans/terraform-validator__tf1_0plan_applied_noop.json",
        "corpus/plans/opentofu__requires_replace.json",
        "reference/infracost/infracost/cmd/infracost/testdata/example_plan.json");
  }

  @ParameterizedTest
  @MethodSource("plans")
  void json_output_validates_against_infracost_schema(String plan) throws Exception {
    Run run = Run.of("estimate", "--path", Shared.path(plan).toString(), "--format", "json");
    assertThat(run.code()).isZero();
    Set<ValidationMessage> errors = schema().validate(JSON.readTree(run.out()));
    assertThat(errors).isEmpty();
  }

  @Test
  void the_schema_check_rejects_what_infracost_would_not_read() throws Exception {
    JsonNode good = JSON.readTree(Run.of("estimate", "--path", Fixtures.path("plans/web-app.json").toString(), "--format", "json").out());
    assertThat(schema().validate(good)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) good).put("surprise", 1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) good).put("timeGenerated", "yesterday");
    assertThat(schema().validate(good)).hasSize(2);
  }

  @Test
  void compare_to_diffs_against_an_earlier_infracost_json() throws Exception {
    Run run = Run.of("estimate", "--path", Fixtures.path("plans/compare-to-head.json").toString(),
        "--compare-to", Shared.infracostTestdata("diff_with_compare_to_format_json/prior.json").toString(),
        "--format", "json");
    assertThat(run.code()).isZero();
    JsonNode out = JSON.readTree(run.out());
    assertThat(schema().validate(out)).isEmpty();
    assertThat(out.path("pastTotalMonthlyCost").asText()).isEqualTo("2045.92");
    assertThat(out.path("totalMonthlyCost").asText()).isEqualTo("1303.28");
    assertThat(out.path("diffTotalMonthlyCost").asText()).isEqualTo("-742.64");
    JsonNode diff = out.path("projects").get(0).path("diff").path("resources");
    assertThat(diff).hasSize(2);
    assertThat(diff.get(0).path("name").asText()).isEqualTo("aws_instance.web_app");
    assertThat(diff.get(0).path("monthlyCost").asText()).isEqualTo("560.64");
    assertThat(diff.get(0).path("costComponents").get(0).path("name").asText())
        .isEqualTo("Instance usage (Linux/UNIX, on-demand, m5.4xlarge → m5.8xlarge)");
    assertThat(diff.get(1).path("name").asText()).isEqualTo("aws_instance.web_app2");
    assertThat(diff.get(1).path("monthlyCost").asText()).isEqualTo("-1303.28");
  }

  @Test
  void a_tollgate_json_estimate_reads_back_with_the_same_totals() throws Exception {
    Run first = Run.of("estimate", "--path", Fixtures.path("plans/web-app.json").toString(), "--format", "json");
    java.nio.file.Path saved = Files.createTempFile("tollgate", ".json");
    Files.writeString(saved, first.out());
    Run second = Run.of("estimate", "--path", Fixtures.path("plans/web-app.json").toString(),
        "--compare-to", saved.toString(), "--format", "json");
    JsonNode a = JSON.readTree(first.out());
    JsonNode b = JSON.readTree(second.out());
    assertThat(b.path("pastTotalMonthlyCost").asText()).isEqualTo(a.path("totalMonthlyCost").asText());
    assertThat(b.path("diffTotalMonthlyCost").asText()).isEqualTo("0");
    assertThat(b.path("projects").get(0).path("diff").path("resources")).isEmpty();
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = Files.newInputStream(Shared.path("reference/infracost/infracost/schema/infracost.schema.json"))) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    }
  }
}
