package dev.tollgate.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets and rules against the increase fixture: +$1,828.20 a month ($74.08 to $1,902.28) in us-east-1. */
class PolicyTest {

  private static Estimate increase() throws Exception {
    ProjectEstimate p = Engines.estimate(Fixtures.path("comment/increase/plan.json"));
    ProjectEstimate named = new ProjectEstimate("payments", p.path(), p.type(), p.past(), p.current(), p.diffs(), p.notes());
    return new Estimate(List.of(named), "USD", Instant.EPOCH);
  }

  private static Verdict verdict(String yaml, String... labels) throws Exception {
    return new Policy(ConfigFiles.parse("t.yml", yaml)).evaluate(increase(), List.of(labels));
  }

  @Test
  void no_configuration_passes() throws Exception {
    assertThat(new Policy(Config.DEFAULT).evaluate(increase(), List.of())).isEqualTo(Verdict.PASS);
  }

  @Test
  void an_increase_above_the_fail_limit_fails_with_the_figures() throws Exception {
    Verdict v = verdict("budgets:\n  overall:\n    monthly_increase: { warn: 500, fail: 1500 }\n");
    assertThat(v.level()).isEqualTo(Verdict.Level.FAIL);
    assertThat(v.reasons()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo("budgets.overall.monthly_increase");
      assertThat(r.project()).isEmpty();
      assertThat(r.message()).isEqualTo(
          "The monthly cost of all projects rises by $1,828.20 ($74.08 → $1,902.28), more than the fail limit of $1,500.00.");
    });
  }

  @Test
  void between_warn_and_fail_warns_and_at_the_limit_passes() throws Exception {
    assertThat(verdict("budgets:\n  overall:\n    monthly_increase: { warn: 1000, fail: 2000 }\n").level())
        .isEqualTo(Verdict.Level.WARN);
    assertThat(verdict("budgets:\n  overall:\n    monthly_total: { fail: 1902.28 }\n").level())
        .isEqualTo(Verdict.Level.PASS);
    assertThat(verdict("budgets:\n  overall:\n    monthly_total: { fail: 1902.27 }\n").level())
        .isEqualTo(Verdict.Level.FAIL);
  }

  @Test
  void a_percent_budget_is_checked_per_project_against_the_cost_before() throws Exception {
    Verdict v = verdict("budgets:\n  per_project:\n    monthly_increase_percent: { warn: 50, fail: 5000 }\n");
    assertThat(v.level()).isEqualTo(Verdict.Level.WARN);
    assertThat(v.reasons()).singleElement().satisfies(r -> {
      assertThat(r.project()).isEqualTo("payments");
      assertThat(r.message()).isEqualTo(
          "The monthly cost rises by 2,467.9% ($74.08 → $1,902.28), more than the warn limit of 50%.");
    });
  }

  @Test
  void a_project_budget_replaces_the_per_project_one_key_by_key() throws Exception {
    Verdict v = verdict("budgets:\n  per_project:\n    monthly_increase: { fail: 100 }\n"
        + "projects:\n  - path: plan.json\n    name: payments\n    budget:\n      monthly_increase: { fail: 5000 }\n");
    assertThat(v).isEqualTo(Verdict.PASS);
  }

  @Test
  void forbidden_families_and_sizes_name_the_resource() throws Exception {
    Verdict v = verdict("rules:\n  instance_types:\n    forbidden_families: [X1E]\n    forbidden_sizes: [4xlarge]\n");
    assertThat(v.level()).isEqualTo(Verdict.Level.FAIL);
    assertThat(v.reasons()).extracting(Verdict.Reason::resource, Verdict.Reason::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("aws_instance.worker[0]", "Uses m5.4xlarge: size 4xlarge is not allowed here."),
        org.assertj.core.groups.Tuple.tuple("aws_instance.analytics", "Uses x1e.xlarge: the x1e family is not allowed here."));
  }

  @Test
  void required_tags_report_missing_and_disallowed_values_on_taggable_resources_only() throws Exception {
    Verdict v = verdict("rules:\n  required_tags:\n    level: warn\n    tags:\n      - key: team\n"
        + "      - key: environment\n        allowed: [dev, staging, production]\n");
    assertThat(v.level()).isEqualTo(Verdict.Level.WARN);
    assertThat(v.reasons()).extracting(Verdict.Reason::resource, Verdict.Reason::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("aws_instance.worker[0]", "Has no environment tag (one of dev, staging, production)."),
        org.assertj.core.groups.Tuple.tuple("aws_ebs_volume.logs",
            "Tag environment is \"prod\", not one of dev, staging, production: did you mean \"production\"?"),
        // The security group has a tags attribute (empty), so it is taggable and untagged.
        org.assertj.core.groups.Tuple.tuple("aws_security_group.api", "Has no team tag."),
        org.assertj.core.groups.Tuple.tuple("aws_security_group.api", "Has no environment tag (one of dev, staging, production)."));
  }

  @Test
  void the_exemption_label_turns_a_fail_into_a_warn_and_keeps_the_reasons() throws Exception {
    String yaml = "budgets:\n  overall:\n    monthly_increase: { fail: 100 }\n";
    Verdict v = verdict(yaml, "needs-review", "Cost-Approved");
    assertThat(v.level()).isEqualTo(Verdict.Level.WARN);
    assertThat(v.exemptedBy()).contains("cost-approved");
    assertThat(v.reasons()).extracting(Verdict.Reason::level).containsExactly(Verdict.Level.FAIL);
    assertThat(verdict(yaml, "other").level()).isEqualTo(Verdict.Level.FAIL);
    assertThat(verdict(yaml + "exemption_label: \"\"\n", "cost-approved").level()).isEqualTo(Verdict.Level.FAIL);
  }

  @Test
  void reasons_come_worst_first() throws Exception {
    Verdict v = verdict("budgets:\n  overall:\n    monthly_total: { warn: 10 }\n"
        + "rules:\n  instance_types:\n    forbidden_families: [x1e]\n");
    assertThat(v.reasons()).extracting(Verdict.Reason::level).containsExactly(Verdict.Level.FAIL, Verdict.Level.WARN);
  }
}
