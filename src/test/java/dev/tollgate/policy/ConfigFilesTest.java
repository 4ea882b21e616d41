package dev.tollgate.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import dev.tollgate.model.Verdict;
import dev.tollgate.support.Fixtures;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading {@code .tollgate.yml}: the example, merged defaults, and broken files with their one-line errors. */
class ConfigFilesTest {

  private static final Path BROKEN = Fixtures.path("config/broken");

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("unknown-key.yml", "2:3: error: unknown key \"overal\" in budgets; did you mean \"overall\"?"),
        Arguments.of("wrong-type.yml", "4:13: error: budgets.overall.monthly_increase.fail must be a number, not the string \"lots\""),
        Arguments.of("bad-value.yml", "3:13: error: comment.behavior must be one of update, new, hide-and-new, delete-and-new, not the string \"updte\"; did you mean \"update\"?"),
        Arguments.of("bad-level.yml", "3:12: error: rules.required_tags.level must be one of warn, fail, not the string \"error\""),
        Arguments.of("warn-above-fail.yml", "4:13: error: budgets.per_project.monthly_total.warn (900) is above budgets.per_project.monthly_total.fail (500); a change must warn before it fails"),
        Arguments.of("path-outside.yml", "3:11: error: projects[1].path must be a path inside the repository, relative to its root, not \"../../etc/passwd\""),
        Arguments.of("missing-path.yml", "2:5: error: projects[0] needs a \"path\" key"),
        Arguments.of("duplicate-key.yml", "4:3: error: duplicate key \"overall\" (first at line 2)"),
        Arguments.of("alias-bomb.yml", "1:4: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out"),
        Arguments.of("explicit-tag.yml", "3:25: error: YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed; write a plain value"),
        Arguments.of("negative.yml", "3:31: error: budgets.overall.monthly_increase.fail must be at least 0, not -5"),
        Arguments.of("duplicate-name.yml", "5:11: error: projects[1]: a project named \"web\" is already listed at line 3; give each project its own name"),
        Arguments.of("bad-indent.yml", "4:4: error: not valid YAML: expected <block end>, but found '<block mapping start>' (check the indentation and quoting)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void a_broken_file_gives_one_line_with_its_line_number(String file, String expected) {
    Path path = BROKEN.resolve(file);
    List<Problem> problems = problems(() -> ConfigFiles.read(path));
    assertThat(problems).hasSize(1);
    String line = problems.get(0).render();
    assertThat(line).doesNotContain("\n").isEqualTo(path + ":" + expected);
  }

  @Test
  void there_are_at_least_ten_broken_examples_and_each_is_tested() throws Exception {
    try (Stream<Path> files = Files.list(BROKEN)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSizeGreaterThanOrEqualTo(10)
          .containsExactlyInAnyOrderElementsOf(broken().map(a -> (String) a.get()[0]).toList());
    }
  }

  @Test
  void the_example_reads_into_budgets_rules_and_projects() throws Exception {
    Config c = ConfigFiles.read(Fixtures.path("config/example.tollgate.yml"));
    assertThat(c.projects()).extracting(Config.Project::name).containsExactly("web-app", "prod");
    assertThat(c.projects().get(0).usageFile()).contains("usage/web-app.yml");
    assertThat(c.projects().get(1).varFiles()).containsExactly("infra/prod/prod.tfvars");
    assertThat(c.projects().get(1).workspace()).contains("prod");
    assertThat(c.projects().get(0).budget().monthlyIncrease().orElseThrow().fail()).contains(new BigDecimal("500"));
    assertThat(c.budgets().overall().monthlyIncreasePercent().orElseThrow().warn()).contains(new BigDecimal("10"));
    assertThat(c.budgets().overall().monthlyTotal().orElseThrow().warn()).isEmpty();
    assertThat(c.rules().instanceTypes().orElseThrow().forbiddenSizes()).containsExactly("metal", "24xlarge");
    Config.RequiredTags tags = c.rules().requiredTags().orElseThrow();
    assertThat(tags.level()).isEqualTo(Verdict.Level.WARN);
    assertThat(tags.tags()).containsExactly(new Config.Tag("team", List.of()),
        new Config.Tag("environment", List.of("dev", "staging", "production")));
    assertThat(c.exemptionLabel()).isEqualTo("cost-approved");
    assertThat(c.comment()).isEqualTo(Config.CommentBehavior.UPDATE);
  }

  @Test
  void server_defaults_merge_under_the_repository_key_by_key() throws Exception {
    String defaults = "budgets:\n  overall:\n    monthly_increase: { warn: 100, fail: 1000 }\n    monthly_total: { fail: 5000 }\n"
        + "exemption_label: finance-ok\ncomment:\n  behavior: hide-and-new\n";
    String repo = "budgets:\n  overall:\n    monthly_increase: { fail: 300 }\ncomment:\n  behavior: new\n";
    Config c = ConfigFiles.merge(List.of(new ConfigFiles.Layer("server.yml", defaults), new ConfigFiles.Layer(".tollgate.yml", repo)));
    assertThat(c.budgets().overall().monthlyIncrease()).contains(
        new Config.Thresholds(Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("300"))));
    assertThat(c.budgets().overall().monthlyTotal().orElseThrow().fail()).contains(new BigDecimal("5000"));
    assertThat(c.exemptionLabel()).isEqualTo("finance-ok");
    assertThat(c.comment()).isEqualTo(Config.CommentBehavior.NEW);
    assertThat(c.source()).isEqualTo(".tollgate.yml over server.yml");
  }

  @Test
  void an_error_in_the_server_defaults_names_that_file() {
    List<Problem> p = problems(() -> ConfigFiles.merge(List.of(new ConfigFiles.Layer("server.yml", "budget: {}\n"),
        new ConfigFiles.Layer(".tollgate.yml", "version: 1\n"))));
    assertThat(p).extracting(Problem::render)
        .containsExactly("server.yml:1:1: error: unknown key \"budget\" in the top level; did you mean \"budgets\"?");
  }

  @Test
  void an_empty_file_is_the_default_configuration() throws Exception {
    Config c = ConfigFiles.parse(".tollgate.yml", "# nothing yet\n");
    assertThat(c.budgets()).isEqualTo(Config.Budgets.NONE);
    assertThat(c.exemptionLabel()).isEqualTo("cost-approved");
  }

  @Test
  void an_oversized_file_is_refused_before_parsing() {
    String big = "version: 1\n" + "# padding\n".repeat(30_000);
    assertThat(problems(() -> ConfigFiles.parse(".tollgate.yml", big))).extracting(Problem::render)
        .containsExactly(".tollgate.yml: error: larger than 256 KiB; a configuration file is a few hundred lines at most");
  }

  @Test
  void deep_nesting_is_refused_with_a_line() {
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    List<Problem> p = problems(() -> ConfigFiles.parse(".tollgate.yml", deep));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).render()).isEqualTo(".tollgate.yml:1:19: error: nested deeper than 16 levels; a configuration is never that deep");
  }

  @Test
  void several_mistakes_are_all_reported_each_on_its_line() {
    String text = "versoin: 1\nbudgets:\n  overall:\n    monthly_total: { fail: \"1000\" }\n";
    assertThat(problems(() -> ConfigFiles.parse("t.yml", text))).extracting(Problem::render).containsExactly(
        "t.yml:1:1: error: unknown key \"versoin\" in the top level; did you mean \"version\"?",
        "t.yml:4:28: error: budgets.overall.monthly_total.fail must be a number, not the string \"1000\"");
  }

  @Test
  void the_shipped_schema_is_valid_draft_7_and_agrees_with_tollgate_on_every_fixture() throws Exception {
    JsonSchema schema;
    try (InputStream in = ConfigFilesTest.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode example = yaml.readTree(Files.readString(Fixtures.path("config/example.tollgate.yml")));
    assertThat(schema.validate(example)).isEmpty();
    // Files the schema alone rejects are rejected by a standard validator too.
    for (String f : List.of("unknown-key.yml", "wrong-type.yml", "bad-value.yml", "bad-level.yml", "missing-path.yml", "negative.yml")) {
      JsonNode doc = yaml.readTree(Files.readString(BROKEN.resolve(f)));
      assertThat(schema.validate(doc)).as(f).isNotEmpty();
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  private static List<Problem> problems(Call c) {
    try {
      c.run();
    } catch (InputException e) {
      return e.problems();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error");
  }
}
