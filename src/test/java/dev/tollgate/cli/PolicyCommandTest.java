package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** --config, --label and the exit codes they lead to, end to end. */
class PolicyCommandTest {

  private static final String INCREASE = "test-fixtures/comment/increase/.tollgate.yml";

  @Test
  void a_failing_budget_exits_1_and_the_table_says_why() {
    Run run = Run.of("estimate", "--config", INCREASE);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Budget check: FAIL (" + INCREASE + ")")
        .contains(" ✖ all projects: The monthly cost of all projects rises by $1,828.20 ($74.08 → $1,902.28), more than the fail limit of $1,500.00. [budgets.overall.monthly_increase]")
        .contains("Savings hints: up to $461.21/mo")
        .contains(" aws_instance.api ebs_block_device[0]: io1 → gp3 (4,000 IOPS, 125 MiB/s) saves $277.50/mo")
        .doesNotContain("\u001b[");
  }

  @Test
  void the_exemption_label_turns_the_fail_into_a_warning_and_exit_0() {
    Run run = Run.of("estimate", "--config", INCREASE, "--label", "needs-review", "--label", "cost-approved",
        "--format", "github-comment");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("<h4>⚠️ Budget check passed with warnings</h4>")
        .contains("the label &#34;cost-approved&#34; approves the cost");
  }

  @Test
  void json_output_exits_by_the_verdict_too() {
    assertThat(Run.of("estimate", "--config", INCREASE, "--format", "json").code()).isEqualTo(1);
  }

  @Test
  void a_broken_config_is_a_one_line_input_error() {
    Path broken = Fixtures.path("config/broken/unknown-key.yml");
    Run run = Run.of("estimate", "--path", Fixtures.path("plans/web-app.json").toString(), "--config", broken.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(broken + ":2:3: error: unknown key \"overal\" in budgets; did you mean \"overall\"?\n");
  }

  @Test
  void server_defaults_apply_under_the_repository_config() throws Exception {
    Path defaults = Files.createTempFile("defaults", ".yml");
    Files.writeString(defaults, "budgets:\n  per_project:\n    monthly_total: { fail: 10 }\n");
    Run run = Run.of("estimate", "--config", "test-fixtures/comment/decrease/.tollgate.yml", "--config-defaults",
        defaults.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("web: The monthly cost after the change is $194.79, more than the fail limit of $10.00.");
  }

  @Test
  void without_path_or_projects_there_is_nothing_to_estimate() throws Exception {
    Path empty = Files.createTempFile("tollgate", ".yml");
    Files.writeString(empty, "version: 1\n");
    Run run = Run.of("estimate", "--config", empty.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: nothing to estimate: give --path PLAN, or list projects in .tollgate.yml\n");
  }

  @Test
  void a_path_listed_in_the_config_takes_the_projects_name() {
    Run run = Run.of("estimate", "--path", "test-fixtures/comment/decrease/plan.json", "--config",
        "test-fixtures/comment/decrease/.tollgate.yml");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Project: web\n");
  }

  @Test
  void an_unknown_format_lists_the_formats() {
    Run run = Run.of("estimate", "--path", "x.json", "--format", "github");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format 'github'; use one of table, json, markdown, github-comment, gitlab-comment, html");
  }

  @Test
  void without_a_config_the_table_shows_no_verdict_but_shows_hints() {
    Run run = Run.of("estimate", "--path", Fixtures.path("plans/web-app.json").toString(), "--no-color");
    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("Budget check").contains("Savings hints: up to");
  }
}
