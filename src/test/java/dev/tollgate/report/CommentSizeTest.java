package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.advice.Advisor;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.policy.Policy;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Plans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change of 500 resources in 40 projects, each resource breaking a tag rule and most of them with
 * hints: GitHub's comment stays under 65,536 characters and keeps the totals, the verdict and the
 * hints (grouped by change when listing each would not fit); GitLab's larger limit lists every hint.
 */
class CommentSizeTest {

  private static final int PROJECTS = 40;
  private static final int RESOURCES = 500;

  private static Review review;

  @BeforeAll
  static void build() throws Exception {
    List<ProjectEstimate> projects = new ArrayList<>();
    List<Hint> hints = new ArrayList<>();
    Advisor advisor = new Advisor(new PricerRegistry(), new Prices(Engines.catalog()));
    int made = 0;
    for (int p = 0; p < PROJECTS; p++) {
      int count = RESOURCES / PROJECTS + (p < RESOURCES % PROJECTS ? 1 : 0);
      StringBuilder changes = new StringBuilder();
      for (int i = 0; i < count; i++, made++) {
        String resource = i % 2 == 0
            ? change("aws_instance.app_" + made, "aws_instance", "{\"instance_type\": \"m5.xlarge\", \"tags\": {},"
                + " \"root_block_device\": [{\"volume_type\": \"gp2\", \"volume_size\": 50}]}")
            : change("aws_ebs_volume.data_" + made, "aws_ebs_volume", "{\"type\": \"gp2\", \"size\": 200, \"tags\": {}}");
        changes.append(i == 0 ? "" : ",").append(resource);
      }
      String plan = "{\"format_version\":\"1.2\",\"resource_changes\":[" + changes + "],\"configuration\":{\"provider_config\":"
          + "{\"aws\":{\"name\":\"aws\",\"expressions\":{\"region\":{\"constant_value\":\"us-east-1\"}}}}}}";
      ProjectEstimate pe = Plans.estimate("team-" + p + "/infrastructure/live/production/us-east-1", plan, UsageFile.NONE);
      projects.add(pe);
      hints.addAll(advisor.advise(pe, UsageFile.NONE, "USD"));
    }
    assertThat(made).isEqualTo(RESOURCES);
    Estimate e = new Estimate(projects, "USD", Instant.EPOCH);
    Verdict v = new Policy(ConfigFiles.parse("t.yml", "budgets:\n  overall:\n    monthly_increase: { fail: 1000 }\n"
        + "rules:\n  required_tags:\n    level: warn\n    tags:\n      - key: team\n")).evaluate(e, List.of());
    review = new Review(e, v, hints, "t.yml");
  }

  private static String change(String address, String type, String after) {
    return "{\"address\":\"" + address + "\",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\"x\","
        + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"change\":{\"actions\":[\"create\"],"
        + "\"before\":null,\"after\":" + after + ",\"after_unknown\":{}}}";
  }

  @Test
  void github_comment_fits_and_keeps_totals_verdict_and_hints() {
    String c = new CommentRenderer().render(review, CommentRenderer.Host.GITHUB);
    assertThat(c.length()).isLessThanOrEqualTo(65_536);
    assertThat(c).startsWith(CommentRenderer.MARKER);
    Estimate e = review.estimate();
    assertThat(c).contains("<h4>Monthly estimate increased by " + Markdown.text(Amounts.money(e.diffMonthly().amount(), "USD")));
    for (ProjectEstimate p : e.projects()) {
      assertThat(c).contains("<td>" + Markdown.text(Amounts.middle(p.name(), 64)) + "</td>");
      assertThat(c).contains("<td align=\"right\">" + Markdown.text(Amounts.money(p.currentMonthly(), "USD")) + "</td>");
    }
    // The verdict: its level, the budget reason in full, and the 500 tag reasons counted.
    assertThat(review.verdict().level()).isEqualTo(Verdict.Level.FAIL);
    assertThat(c).contains("<h4>❌ Budget check failed</h4>")
        .contains(Markdown.text(review.verdict().reasons().get(0).message()))
        .contains("**500 resources**");
    // The hints: the total of the best saving per resource part, and every kind of change with its count.
    assertThat(c).contains("Savings hints: up to " + Markdown.text(CommentSections.HintsSection.best(review.hints()).display()) + "/mo");
    Map<String, Integer> kinds = new LinkedHashMap<>();
    review.hints().forEach(h -> kinds.merge(h.from() + " → " + h.to(), 1, Integer::sum));
    Matcher m = Pattern.compile("- \\*\\*(\\d+) resources?\\*\\*: \\*\\*(.*?)\\*\\* saves").matcher(c);
    Map<String, Integer> shown = new LinkedHashMap<>();
    while (m.find()) {
      shown.merge(m.group(2).replaceAll("&#\\d+;", "?"), Integer.parseInt(m.group(1)), Integer::sum);
    }
    assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(review.hints().size());
    assertThat(shown).hasSameSizeAs(kinds);
    // The details were cut, and say so.
    assertThat(c).contains("resources not shown: the comment has a size limit");
  }

  @Test
  void gitlab_comment_lists_every_hint_and_every_resource() {
    String c = new CommentRenderer().render(review, CommentRenderer.Host.GITLAB);
    assertThat(c.length()).isLessThanOrEqualTo(1_000_000).isGreaterThan(65_536);
    assertThat(count(c, "/mo**. ")).isEqualTo(review.hints().size());
    assertThat(c).doesNotContain("not shown");
    assertThat(count(c, "<code>aws_")).isGreaterThanOrEqualTo(RESOURCES);
  }

  @Test
  void a_tight_limit_cuts_details_before_anything_else() {
    String full = new CommentRenderer().render(review, 1_000_000);
    int detailsStart = full.indexOf("<details>");
    String withoutDetails = full.substring(0, detailsStart);
    int limit = withoutDetails.length() + 5_000;
    String cut = new CommentRenderer().render(review, limit);
    assertThat(cut.length()).isLessThanOrEqualTo(limit);
    assertThat(cut).startsWith(withoutDetails).contains("resources not shown");
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
