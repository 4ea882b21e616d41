package dev.tollgate.advice;

import static dev.tollgate.advice.CatalogPrices.monthly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Hint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * spot-autoscaling-group: the one hint whose saving is an estimate (the catalog has no AWS spot
 * prices). The figure is the catalog's on-demand price times the documented assumed discount, and
 * the hint says it is an estimate.
 */
class SpotAutoscalingGroupTest {

  private static final String RULE = "spot-autoscaling-group";

  private static Advise.Plan group(String groupJson) {
    return Advise.plan("aws", "us-east-1")
        .create("aws_launch_template.web", """
            {"instance_type": "m6i.large", "name": "web"}""")
        .create("aws_autoscaling_group.web", groupJson, Map.of("launch_template", "aws_launch_template.web"));
  }

  @Test
  void on_demand_group_keeps_its_minimum_and_runs_the_rest_on_spot_as_a_labelled_estimate() throws Exception {
    List<Hint> hints = Advise.rule(RULE, group("""
        {"desired_capacity": 5, "min_size": 2, "max_size": 10, "launch_template": [{"id": null}]}""").hints());
    BigDecimal expected = monthly(CatalogPrices.ec2("us-east-1", "m6i.large")).multiply(BigDecimal.valueOf(3))
        .multiply(new BigDecimal("0.50"));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.estimate()).isTrue();
      assertThat(h.from() + " -> " + h.to()).isEqualTo("5 on-demand -> mixed instances: 2 on-demand + 3 spot");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("105.12");
      assertThat(h.why()).startsWith("Estimate, not a catalog price: the catalog has no AWS spot prices, so this assumes spot at 50% below"
          + " the on-demand $0.096/hour");
      assertThat(h.caveats()).anyMatch(c -> c.startsWith("Spot instances can be reclaimed with two minutes' notice"))
          .anyMatch(c -> c.contains("Spot Instance Advisor for m6i.large in us-east-1"));
    });
  }

  @Test
  void non_production_group_runs_all_its_instances_on_spot() throws Exception {
    List<Hint> hints = Advise.rule(RULE, group("""
        {"desired_capacity": 2, "min_size": 2, "max_size": 4, "launch_template": [{"id": null}],
         "tag": [{"key": "environment", "value": "qa", "propagate_at_launch": true}]}""").hints());
    BigDecimal expected = monthly(CatalogPrices.ec2("us-east-1", "m6i.large")).multiply(BigDecimal.valueOf(2))
        .multiply(SpotAutoscalingGroup.ASSUMED_DISCOUNT);
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.to()).isEqualTo("mixed instances: 0 on-demand + 2 spot");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected);
      assertThat(h.why()).contains("Tagged environment = qa, the group can run all 2 instances on spot.");
    });
  }

  @Test
  void mixed_spot_or_minimum_sized_groups_get_no_spot_hint() throws Exception {
    // Already a mixed-instances policy.
    assertThat(Advise.rule(RULE, Advise.plan("aws", "us-east-1")
        .create("aws_launch_template.web", """
            {"instance_type": "m6i.large"}""")
        .create("aws_autoscaling_group.web", """
            {"desired_capacity": 4, "min_size": 1, "max_size": 8, "mixed_instances_policy": [{"launch_template": [{
              "launch_template_specification": [{}]}], "instances_distribution": [{"on_demand_percentage_above_base_capacity": 0}]}]}""",
            Map.of("mixed_instances_policy.launch_template.launch_template_specification.launch_template_id", "aws_launch_template.web"))
        .hints())).isEmpty();
    // The template already asks for spot.
    assertThat(Advise.rule(RULE, Advise.plan("aws", "us-east-1")
        .create("aws_launch_template.web", """
            {"instance_type": "m6i.large", "instance_market_options": [{"market_type": "spot"}]}""")
        .create("aws_autoscaling_group.web", """
            {"desired_capacity": 4, "min_size": 1, "max_size": 8, "launch_template": [{"id": null}]}""",
            Map.of("launch_template", "aws_launch_template.web"))
        .hints())).isEmpty();
    // Production at its minimum: nothing above the on-demand base.
    assertThat(Advise.rule(RULE, group("""
        {"desired_capacity": 2, "min_size": 2, "max_size": 4, "launch_template": [{"id": null}]}""").hints())).isEmpty();
  }
}
