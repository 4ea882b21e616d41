package dev.tollgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.advice.Advisor;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hint;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Verdict;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.terraform.PlanReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hint kinds that read a whole project or rest on an assumption (previous generation, Multi-AZ,
 * one NAT gateway, spot) as the reports show them: one line each, listed or grouped, and a spot
 * saving labelled an estimate wherever its figure appears.
 */
class HintKindsRenderTest {

  private static final String PLAN = """
      {"format_version": "1.2", "resource_changes": [
        %s, %s, %s, %s, %s, %s],
       "configuration": {"provider_config": {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "us-east-1"}}}},
        "root_module": {"resources": [{"address": "aws_autoscaling_group.web", "mode": "managed", "type": "aws_autoscaling_group",
          "name": "web", "provider_config_key": "aws",
          "expressions": {"launch_template": {"references": ["aws_launch_template.web.id", "aws_launch_template.web"]}}}]}}}
      """.formatted(
      create("aws_instance.old", "{\"instance_type\": \"m4.large\"}"),
      create("aws_db_instance.db", "{\"instance_class\": \"db.m6i.large\", \"engine\": \"postgres\", \"allocated_storage\": 100,"
          + " \"multi_az\": true, \"tags\": {\"env\": \"dev\"}}"),
      create("aws_nat_gateway.az[0]", "{\"subnet_id\": \"a\", \"tags\": {\"env\": \"dev\"}}"),
      create("aws_nat_gateway.az[1]", "{\"subnet_id\": \"b\", \"tags\": {\"env\": \"dev\"}}"),
      create("aws_launch_template.web", "{\"instance_type\": \"m6i.large\"}"),
      create("aws_autoscaling_group.web", "{\"desired_capacity\": 5, \"min_size\": 2, \"max_size\": 9, \"launch_template\": [{}]}"));

  private static Review review;

  @BeforeAll
  static void advise() throws Exception {
    ChangeSet changes = new PlanReader().read("plan.json", PLAN.getBytes(StandardCharsets.UTF_8));
    ProjectEstimate p = Engines.engine(UsageFile.NONE).estimate("dev", changes);
    List<Hint> hints = new Advisor(new PricerRegistry(), new Prices(Engines.catalog(), Engines.AS_OF))
        .advise(p, UsageFile.NONE, "USD", changes.references());
    review = new Review(new Estimate(List.of(p), "USD", Instant.EPOCH), Verdict.PASS, hints, "");
  }

  private static String create(String address, String after) {
    String type = address.replaceAll("\\..*$", "");
    return "{\"address\": \"" + address + "\", \"mode\": \"managed\", \"type\": \"" + type + "\", \"name\": \"x\","
        + " \"provider_name\": \"registry.terraform.io/hashicorp/aws\", \"change\": {\"actions\": [\"create\"],"
        + " \"before\": null, \"after\": " + after + ", \"after_unknown\": {}}}";
  }

  @Test
  void each_new_kind_is_one_line_of_the_comment_and_the_spot_figure_says_estimate() {
    Map<String, String> expected = Map.of(
        "previous-generation", "- <code>aws_instance.old</code>: **m4.large → m6i.large** saves **&#36;2.92/mo**. ",
        "multi-az-outside-production", "- <code>aws_db_instance.db</code>: **Multi-AZ → Single-AZ** saves **&#36;141.44/mo**. ",
        "one-nat-gateway-outside-production",
        "- <code>aws_nat_gateway.az&#91;0&#93;</code>: **2 NAT gateways → 1 NAT gateway** saves **&#36;32.85/mo**. ",
        "spot-autoscaling-group", "- <code>aws_autoscaling_group.web</code>: **5 on-demand → mixed instances: 2 on-demand + 3 spot** "
            + "saves **&#126;&#36;105.12/mo (estimate)**. Estimate, not a catalog price: ");
    assertThat(review.hints()).extracting(Hint::rule).containsAll(expected.keySet());
    String comment = new CommentRenderer().render(review, CommentRenderer.Host.GITHUB);
    expected.forEach((rule, line) -> assertThat(comment.lines().filter(l -> l.startsWith(line))).as(rule).hasSize(1));
    assertThat(comment).contains("<h4>💡 Savings hints: up to " + Markdown.text(
        CommentSections.HintsSection.best(review.hints()).display()) + "/mo (includes estimates)</h4>");
  }

  @Test
  void grouped_hints_keep_one_line_per_kind_and_the_estimate_label() {
    String grouped = new CommentSections.HintsSection(review.hints()).render(true);
    assertThat(grouped.lines().filter(l -> l.startsWith("- **1 resource**: **5 on-demand → mixed instances: 2 on-demand + 3 spot**"
        + " saves **&#126;&#36;105.12/mo (estimate)**. Estimate, not a catalog price"))).hasSize(1);
    assertThat(grouped.lines().filter(l -> l.startsWith("- **1 resource**: **2 NAT gateways → 1 NAT gateway** saves"))).hasSize(1);
    assertThat(grouped.lines().filter(l -> l.startsWith("- **"))).hasSize(review.hints().size());
  }

  @Test
  void the_terminal_table_and_html_label_the_estimate_too() {
    String table = new TableRenderer().render(review, false);
    assertThat(table).contains("Savings hints: up to $" ).contains("/mo (includes estimates)")
        .contains(" aws_autoscaling_group.web: 5 on-demand → mixed instances: 2 on-demand + 3 spot saves ~$105.12/mo (estimate)")
        .contains(" aws_db_instance.db: Multi-AZ → Single-AZ saves $141.44/mo");
    String html = new HtmlRenderer().render(review);
    assertThat(html).contains("<td class=\"num\">~$105.12 (estimate)</td>").contains("/mo (includes estimates)</h2>");
  }
}
