package dev.tollgate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.ExchangeRate;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Verdict;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.PrTrees;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.CheckReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull request pipeline up to what it would post: test-fixtures/pr's base (a t3.micro, with
 * the default 8 GB gp2 root volume: $8.392 a month) against heads that resize it to an m5.large
 * ($70.88) and add a 500 GB gp3 volume ($40), under the base's budget (warn above +$50, fail above +$80).
 */
class PullRequestPipelineTest {

  @TempDir Path tmp;

  static final String HEAD = "1111111111111111111111111111111111111111";
  static final ChangedFile MAIN_TF = new ChangedFile("infra/main.tf", ChangedFile.Status.MODIFIED, Optional.empty());

  PullRequestPipeline.Prepared prepare(Path head, List<ChangedFile> changed, List<String> labels) throws InputException {
    Path base = PrTrees.tree(tmp.resolve("base"), "base");
    return prepare(new PipelineSettings(PriceCatalog.shipped(), Optional.empty(), List.of(), ".tollgate.yml", Optional.empty(),
        List.of(), Optional.empty(), java.util.Map.of(), "tollgate", "", java.time.Clock.systemUTC()), base, head, changed, labels);
  }

  static PullRequestPipeline.Prepared prepare(PipelineSettings settings, Path base, Path head, List<ChangedFile> changed,
      List<String> labels) throws InputException {
    return new PullRequestPipeline(settings).prepare(new PullRequestInput(PrTrees.pullRequest("acme/infra", 7, HEAD, labels),
        changed, base, head, CommentRenderer.Host.GITHUB));
  }

  @Test
  void a_resized_instance_is_estimated_head_against_base_and_warns_over_the_base_budget() throws Exception {
    var p = prepare(PrTrees.tree(tmp.resolve("head"), "base", "resized"), List.of(MAIN_TF), List.of());

    assertThat(p.outcome().projects()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("infra");
      assertThat(t.before()).isEqualByComparingTo("8.392");
      assertThat(t.after()).isEqualByComparingTo("70.88");
    });
    assertThat(p.outcome().verdict()).isEqualTo(Verdict.Level.WARN);
    assertThat(p.outcome().judged()).isTrue();
    assertThat(p.outcome().unpriced()).isZero();
    assertThat(p.body()).startsWith(CommentRenderer.MARKER + "\n")
        .contains("<h4>Monthly estimate increased by &#36;62 📈</h4>")
        .contains("<td align=\"right\">+&#36;62 (+745%)</td>")
        .contains("<h4>⚠️ Budget check passed with warnings</h4>")
        .contains("ℹ️ Budgets and rules come from .tollgate.yml on the base branch main, so a pull request cannot loosen its own budget.");
    assertThat(p.check().conclusion()).isEqualTo(CheckReport.Conclusion.NEUTRAL);
    assertThat(p.check().title()).isEqualTo("Warn: monthly cost +$62.49 ($8.39 → $70.88)");
    assertThat(p.check().annotations()).singleElement().satisfies(a -> {
      assertThat(a.path()).isEqualTo("infra/main.tf");
      assertThat(a.line()).isEqualTo(6);
      assertThat(a.level()).isEqualTo(CheckReport.Level.WARNING);
      assertThat(a.message()).startsWith("aws_instance.web adds +$62.49 a month. The monthly cost of all projects rises by $62.49");
    });
  }

  @Test
  void an_autoscaling_group_is_priced_from_its_template_and_advised_like_estimate_advises_it() throws Exception {
    var p = prepare(PrTrees.tree(tmp.resolve("head"), "base", "autoscaling"),
        List.of(new ChangedFile("infra/asg.tf", ChangedFile.Status.ADDED, Optional.empty())), List.of());

    // Three m4.large workers from the template ($0.10 × 2,190 h) with 8 GB gp2 roots ($2.40), beside the t3.micro.
    assertThat(p.outcome().monthlyAfter()).isEqualByComparingTo("229.792");
    assertThat(p.body()).contains("""
        + aws_autoscaling_group.workers
          +$221

            + aws_launch_template.worker
           \s
                + Instance usage (Linux/UNIX, on-demand, m4.large)
                  +$219
        """);
    assertThat(p.review().hints()).extracting(h -> h.target() + ": " + h.from() + " -> " + h.to() + " " + h.monthlySavings().display())
        .contains("aws_autoscaling_group.workers via aws_launch_template.worker: m4.large -> m6i.large $8.76");
  }

  @Test
  void an_added_volume_breaks_the_fail_limit_and_both_resources_are_annotated_on_their_lines() throws Exception {
    var p = prepare(PrTrees.tree(tmp.resolve("head"), "base", "resized-and-volume"), List.of(MAIN_TF), List.of());

    assertThat(p.outcome().monthlyAfter()).isEqualByComparingTo("110.88");
    assertThat(p.outcome().fails()).isTrue();
    assertThat(p.check().conclusion()).isEqualTo(CheckReport.Conclusion.FAILURE);
    assertThat(p.check().annotations()).extracting(CheckReport.Annotation::line, CheckReport.Annotation::level)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6, CheckReport.Level.FAILURE),
            org.assertj.core.groups.Tuple.tuple(11, CheckReport.Level.FAILURE));
    assertThat(p.check().annotations().get(1).message()).startsWith("aws_ebs_volume.data adds +$40.00 a month.");
    assertThat(p.body()).contains("<h4>❌ Budget check failed</h4>");
  }

  @Test
  void the_exemption_label_turns_the_failure_into_a_warning_and_the_annotations_with_it() throws Exception {
    var p = prepare(PrTrees.tree(tmp.resolve("head"), "base", "resized-and-volume"), List.of(MAIN_TF), List.of("cost-approved"));
    assertThat(p.outcome().verdict()).isEqualTo(Verdict.Level.WARN);
    assertThat(p.check().annotations()).extracting(CheckReport.Annotation::level).containsOnly(CheckReport.Level.WARNING);
  }

  @Test
  void a_pull_request_cannot_loosen_its_own_budget_and_the_comment_says_so() throws Exception {
    Path head = PrTrees.tree(tmp.resolve("head"), "base", "resized-and-volume");
    Files.writeString(head.resolve(".tollgate.yml"), "version: 1\nbudgets:\n  overall:\n    monthly_increase: { fail: 100000 }\n");
    var p = prepare(head, List.of(MAIN_TF, new ChangedFile(".tollgate.yml", ChangedFile.Status.MODIFIED, Optional.empty())), List.of());
    assertThat(p.outcome().verdict()).isEqualTo(Verdict.Level.FAIL);
    assertThat(p.body()).contains("ℹ️ This pull request changes .tollgate.yml; its changes apply once it is merged.");
  }

  @Test
  void a_changed_configuration_that_would_not_load_is_reported_in_the_comment() throws Exception {
    Path head = PrTrees.tree(tmp.resolve("head"), "base", "resized");
    Files.writeString(head.resolve(".tollgate.yml"), "version: 1\nbudgets:\n  overal:\n    monthly_increase: { fail: 1 }\n");
    var p = prepare(head, List.of(MAIN_TF, new ChangedFile(".tollgate.yml", ChangedFile.Status.MODIFIED, Optional.empty())), List.of());
    assertThat(p.body()).contains("ℹ️ The changed .tollgate.yml would not load: .tollgate.yml:3:3: error: unknown key &#34;overal&#34; in budgets; did you mean &#34;overall&#34;?");
  }

  @Test
  void a_project_that_does_not_evaluate_is_skipped_with_its_error_and_the_others_are_still_estimated() throws Exception {
    Path head = PrTrees.tree(tmp.resolve("head"), "base", "resized");
    Files.createDirectories(head.resolve("staging"));
    Files.writeString(head.resolve("staging/main.tf"), "resource \"aws_instance\" \"api\" {\n  instance_type = \n}\n");
    var p = prepare(head, List.of(MAIN_TF, new ChangedFile("staging/main.tf", ChangedFile.Status.ADDED, Optional.empty())), List.of());

    assertThat(p.outcome().projects()).extracting(PipelineOutcome.Total::name).containsExactly("infra");
    assertThat(p.outcome().skipped()).containsExactly("staging");
    assertThat(p.review().skipped()).singleElement().satisfies(s -> assertThat(s.error()).startsWith("staging/main.tf:3:1: error:"));
    assertThat(p.body()).contains("<h4>⚠️ 1 project was skipped due to errors; its cost is not in the totals</h4>")
        .contains("<b>staging</b>").contains("staging/main.tf:3:1: error:").doesNotContain(tmp.toString());
    assertThat(p.check().conclusion()).isEqualTo(CheckReport.Conclusion.NEUTRAL);
    assertThat(p.check().title()).endsWith("; 1 project skipped due to errors");
  }

  @Test
  void a_pull_request_without_terraform_changes_estimates_nothing_and_passes() throws Exception {
    var p = prepare(PrTrees.tree(tmp.resolve("head"), "base", "resized"),
        List.of(new ChangedFile("README.md", ChangedFile.Status.MODIFIED, Optional.empty())), List.of());
    assertThat(p.nothingToEstimate()).isTrue();
    assertThat(p.outcome().projects()).isEmpty();
    assertThat(p.check().conclusion()).isEqualTo(CheckReport.Conclusion.SUCCESS);
    assertThat(p.check().title()).isEqualTo("No Terraform changes to estimate");
    assertThat(p.body()).contains("This pull request changes no Terraform project");
  }

  @Test
  void a_base_configuration_that_does_not_load_stops_the_run_with_its_line() throws Exception {
    Path base = PrTrees.tree(tmp.resolve("base"), "base");
    Files.writeString(base.resolve(".tollgate.yml"), "version: 1\ncomment:\n  behavior: updte\n");
    PipelineSettings settings = PipelineSettings.of(PriceCatalog.shipped());
    assertThatThrownBy(() -> prepare(settings, base, PrTrees.tree(tmp.resolve("head"), "base", "resized"), List.of(MAIN_TF), List.of()))
        .isInstanceOf(InputException.class).hasMessageContaining(".tollgate.yml:3:13: error: comment.behavior must be one of");
  }

  @Test
  void amounts_are_shown_in_the_settings_currency_and_judged_in_dollars() throws Exception {
    PipelineSettings eur = PipelineSettings.of(PriceCatalog.shipped())
        .withCurrency(Optional.of(new ExchangeRate("USD", "EUR", new BigDecimal("0.5"), "--currency-rate")));
    var p = prepare(eur, PrTrees.tree(tmp.resolve("base"), "base"), PrTrees.tree(tmp.resolve("head"), "base", "resized"),
        List.of(MAIN_TF), List.of());
    assertThat(p.outcome().currency()).isEqualTo("EUR");
    assertThat(p.outcome().monthlyAfter()).isEqualByComparingTo("35.44");
    // +$62.49 is over the $50 warn limit; in euros (+€31.25) it would not be.
    assertThat(p.outcome().verdict()).isEqualTo(Verdict.Level.WARN);
  }
}
