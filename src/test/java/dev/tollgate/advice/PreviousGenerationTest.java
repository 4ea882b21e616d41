package dev.tollgate.advice;

import static dev.tollgate.advice.CatalogPrices.monthly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Hint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * previous-generation: positive and negative cases for instances, databases, cache nodes and
 * autoscaling groups; every saving is checked against catalog prices looked up here.
 */
class PreviousGenerationTest {

  private static final String RULE = "previous-generation";

  @Test
  void m4_instance_moves_to_the_newest_successor_at_the_lowest_price() throws Exception {
    List<Hint> hints = Advise.rule(RULE, Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_instance" "app" { instance_type = "m4.large" }
        """));
    // Flexera: m4.large -> m5.large -> m6i.large; both cost the same, so the newer one is proposed.
    BigDecimal m4 = CatalogPrices.ec2("us-east-1", "m4.large");
    BigDecimal m6i = CatalogPrices.ec2("us-east-1", "m6i.large");
    assertThat(CatalogPrices.ec2("us-east-1", "m5.large")).isEqualByComparingTo(m6i);
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.from() + " -> " + h.to()).isEqualTo("m4.large -> m6i.large");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(monthly(m4.subtract(m6i))).isEqualByComparingTo("2.92");
      assertThat(h.why()).isEqualTo("m6i.large succeeds m4.large in Flexera's instance catalog (same or more vCPUs and memory)"
          + " and costs $0.096/hour in us-east-1 against $0.10/hour for m4.large.");
      assertThat(h.caveats()).singleElement().asString().startsWith("m6i runs on the Nitro system");
      assertThat(h.estimate()).isFalse();
    });
  }

  @Test
  void t2_moves_to_t3_priced_in_standard_credit_mode_as_the_t2_runs() throws Exception {
    List<Hint> hints = Advise.rule(RULE, Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_instance" "small" { instance_type = "t2.medium" }
        """));
    BigDecimal expected = monthly(CatalogPrices.ec2("us-east-1", "t2.medium").subtract(CatalogPrices.ec2("us-east-1", "t3.medium")));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.to()).isEqualTo("t3.medium");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("3.504");
      assertThat(h.caveats()).anyMatch(c -> c.startsWith("Priced with credit_specification { cpu_credits = \"standard\" }"));
    });
  }

  @Test
  void rds_and_elasticache_classes_follow_the_ec2_type_they_are_named_after() throws Exception {
    List<Hint> hints = Advise.rule(RULE, Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_db_instance" "db" {
          instance_class    = "db.m4.large"
          engine            = "mysql"
          allocated_storage = 20
        }
        resource "aws_elasticache_cluster" "cache" {
          node_type       = "cache.r4.large"
          engine          = "redis"
          num_cache_nodes = 2
        }
        """));
    BigDecimal db = monthly(CatalogPrices.rds("us-east-1", "db.m4.large", "MySQL", "Single-AZ")
        .subtract(CatalogPrices.rds("us-east-1", "db.m6i.large", "MySQL", "Single-AZ")));
    BigDecimal cache = monthly(CatalogPrices.elastiCache("us-east-1", "cache.r4.large")
        .subtract(CatalogPrices.elastiCache("us-east-1", "cache.r5.large"))).multiply(BigDecimal.valueOf(2));
    assertThat(hints).hasSize(2);
    assertThat(hints.get(0)).satisfies(h -> {
      assertThat(h.from() + " -> " + h.to()).isEqualTo("db.m4.large -> db.m6i.large");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(db).isEqualByComparingTo("2.92");
      assertThat(h.caveats()).singleElement().asString().startsWith("Changing the instance class restarts the database");
    });
    assertThat(hints.get(1)).satisfies(h -> {
      assertThat(h.from() + " -> " + h.to()).isEqualTo("cache.r4.large -> cache.r5.large");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(cache).isEqualByComparingTo("17.52");
    });
  }

  @Test
  void autoscaling_group_is_advised_on_the_launch_template_it_runs() throws Exception {
    List<Hint> hints = Advise.rule(RULE, Advise.plan("aws", "eu-west-1")
        .create("aws_launch_template.web", """
            {"instance_type": "c4.xlarge", "name": "web"}""")
        .create("aws_autoscaling_group.web", """
            {"desired_capacity": 3, "min_size": 1, "max_size": 6, "launch_template": [{"id": null, "version": "$Latest"}]}""",
            Map.of("launch_template", "aws_launch_template.web"))
        .hints());
    // c4 -> c5 -> c6i; the cheapest successor in eu-west-1, three instances all month.
    String best = cheapest("eu-west-1", "c5.xlarge", "c6i.xlarge");
    BigDecimal expected = monthly(CatalogPrices.ec2("eu-west-1", "c4.xlarge").subtract(CatalogPrices.ec2("eu-west-1", best)))
        .multiply(BigDecimal.valueOf(3));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.target()).isEqualTo("aws_autoscaling_group.web via aws_launch_template.web");
      assertThat(h.to()).isEqualTo(best);
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected);
    });
  }

  @Test
  void mixed_instances_group_is_advised_on_the_override_it_is_priced_as() throws Exception {
    List<Hint> hints = Advise.rule(RULE, Advise.plan("aws", "us-east-1")
        .create("aws_launch_template.mixed", """
            {"instance_type": "m6i.large"}""")
        .create("aws_autoscaling_group.mixed", """
            {"desired_capacity": 4, "min_size": 2, "max_size": 8, "mixed_instances_policy": [{"launch_template": [{
              "launch_template_specification": [{}], "override": [{"instance_type": "c4.large"}, {"instance_type": "m4.large"}]}]}]}""",
            Map.of("mixed_instances_policy.launch_template.launch_template_specification.launch_template_id", "aws_launch_template.mixed"))
        .hints());
    BigDecimal expected = monthly(CatalogPrices.ec2("us-east-1", "c4.large").subtract(CatalogPrices.ec2("us-east-1", "c6i.large")))
        .multiply(BigDecimal.valueOf(4));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.part()).isEqualTo("mixed_instances_policy override[0]");
      assertThat(h.from() + " -> " + h.to()).isEqualTo("c4.large -> c6i.large");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("43.80");
    });
  }

  @Test
  void current_generation_or_successors_at_the_same_price_get_no_hint() throws Exception {
    assertThat(Advise.rule(RULE, Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_instance" "app" { instance_type = "m6i.large" }
        resource "aws_db_instance" "db" {
          instance_class    = "db.r4.large"
          engine            = "mysql"
          allocated_storage = 20
        }
        """))).isEmpty();
    // db.r5.large and db.r6i.large cost what db.r4.large does: nothing to save, nothing to say.
    assertThat(CatalogPrices.rds("us-east-1", "db.r5.large", "MySQL", "Single-AZ"))
        .isEqualByComparingTo(CatalogPrices.rds("us-east-1", "db.r4.large", "MySQL", "Single-AZ"));
  }

  @Test
  void successors_with_less_memory_or_a_higher_price_are_not_proposed() throws Exception {
    // Flexera names r3.large and r5.large for m2.xlarge (17.1 GiB) though they have 15.25 and 16 GiB;
    // m3.medium's named successor m5.large is larger and dearer.
    assertThat(CatalogPrices.ec2OrEmpty("us-east-1", "m2.xlarge")).isPresent();
    assertThat(Advise.rule(RULE, Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_instance" "old" { instance_type = "m2.xlarge" }
        resource "aws_instance" "tiny" { instance_type = "m3.medium" }
        """))).isEmpty();
  }

  private static String cheapest(String region, String... types) {
    String best = null;
    for (String t : types) {
      if (best == null || CatalogPrices.ec2(region, t).compareTo(CatalogPrices.ec2(region, best)) <= 0) {
        best = t;
      }
    }
    return best;
  }
}
