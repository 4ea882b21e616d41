package dev.tollgate.pipeline;

import dev.tollgate.model.Estimate;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.Verdict;
import dev.tollgate.report.Format;
import dev.tollgate.report.Markdown;
import dev.tollgate.report.Review;
import dev.tollgate.terraform.hcl.SourceLine;
import dev.tollgate.vcs.CheckReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The check run (GitHub) or commit status (GitLab) for a review: pass is success, fail is failure,
 * warn (or a skipped project) is neutral, which does not block a merge. On GitHub, the reasons of
 * the verdict are annotated on the {@code .tf} lines of the resources behind them: the resource a
 * rule names, or the resources that add most to a broken budget.
 */
final class Checks {

  static final int MAX_ANNOTATIONS = 50;
  static final int RESOURCES_PER_BUDGET = 5;

  private Checks() {}

  static CheckReport report(PipelineSettings settings, Review review, List<ProjectResult.Estimated> estimated) {
    Estimate e = review.estimate();
    Verdict v = review.verdict();
    if (e.projects().isEmpty() && review.skipped().isEmpty()) {
      return new CheckReport(settings.checkName(), CheckReport.Conclusion.SUCCESS, "No Terraform changes to estimate",
          "This pull request changes no Terraform project.", settings.detailsUrl(), List.of());
    }
    CheckReport.Conclusion conclusion = v.level() == Verdict.Level.FAIL ? CheckReport.Conclusion.FAILURE
        : v.level() == Verdict.Level.WARN || !review.skipped().isEmpty() ? CheckReport.Conclusion.NEUTRAL
        : CheckReport.Conclusion.SUCCESS;
    String cur = e.currency();
    String title = capital(v.level().label()) + ": monthly cost " + Format.signed(e.diffMonthly().amount(), cur) + " ("
        + Format.money(e.pastMonthly().amount(), cur) + " → " + Format.money(e.currentMonthly().amount(), cur) + ")"
        + (review.skipped().isEmpty() ? "" : "; " + review.skipped().size() + " project"
            + (review.skipped().size() == 1 ? "" : "s") + " skipped due to errors");
    return new CheckReport(settings.checkName(), conclusion, title, summary(review), settings.detailsUrl(),
        annotations(review, estimated));
  }

  private static String summary(Review review) {
    Estimate e = review.estimate();
    String cur = e.currency();
    StringBuilder b = new StringBuilder();
    for (ProjectEstimate p : e.projects()) {
      b.append("- ").append(Markdown.text(p.name())).append(": ").append(Format.signed(p.diffMonthly(), cur))
          .append(" (").append(Format.money(p.pastMonthly(), cur)).append(" → ").append(Format.money(p.currentMonthly(), cur))
          .append(")\n");
    }
    for (Review.Skipped s : review.skipped()) {
      b.append("- ").append(Markdown.text(s.project())).append(": skipped, ")
          .append(Markdown.text(s.error().lines().findFirst().orElse(""))).append('\n');
    }
    if (!review.verdict().reasons().isEmpty()) {
      b.append('\n');
    }
    for (Verdict.Reason r : review.verdict().reasons()) {
      b.append("- ").append(r.level().label()).append(": ").append(Markdown.text(r.message())).append(" (")
          .append(Markdown.text(r.rule())).append(")\n");
    }
    review.verdict().exemptedBy().ifPresent(l -> b.append("\nThe label ").append(Markdown.text(l))
        .append(" approves the cost: the failure counts as a warning.\n"));
    return b.length() > 60_000 ? b.substring(0, 60_000) + "\n…" : b.toString();
  }

  private static List<CheckReport.Annotation> annotations(Review review, List<ProjectResult.Estimated> estimated) {
    Set<CheckReport.Annotation> out = new LinkedHashSet<>();
    boolean exempt = review.verdict().exemptedBy().isPresent();
    for (Verdict.Reason r : review.verdict().reasons()) {
      CheckReport.Level level = r.level() == Verdict.Level.FAIL && !exempt ? CheckReport.Level.FAILURE : CheckReport.Level.WARNING;
      String title = "Tollgate: " + r.rule();
      for (int i = 0; i < estimated.size() && out.size() < MAX_ANNOTATIONS; i++) {
        ProjectEstimate shown = review.estimate().projects().get(i);
        if (!r.project().isEmpty() && !r.project().equals(shown.name())) {
          continue;
        }
        Function<String, Optional<SourceLine>> sources = estimated.get(i).sources();
        if (!r.resource().isEmpty()) {
          sources.apply(r.resource()).ifPresent(s -> out.add(new CheckReport.Annotation(s.file(), s.line(), level, title, r.message())));
          continue;
        }
        List<ResourceDiff> adding = new ArrayList<>(shown.diffs().stream().filter(d -> d.monthlyDelta().signum() > 0).toList());
        adding.sort(Comparator.comparing(ResourceDiff::monthlyDelta).reversed());
        for (ResourceDiff d : adding.subList(0, Math.min(RESOURCES_PER_BUDGET, adding.size()))) {
          BigDecimal delta = d.monthlyDelta();
          String message = d.address() + " adds " + Format.signed(delta, review.estimate().currency()) + " a month. " + r.message();
          sources.apply(d.address()).ifPresent(s -> out.add(new CheckReport.Annotation(s.file(), s.line(), level, title, message)));
        }
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_ANNOTATIONS));
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
