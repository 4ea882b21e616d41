package dev.tollgate.advice;

import static dev.tollgate.advice.CatalogPrices.monthly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Hint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules that trade availability for money outside production: Multi-AZ databases and one NAT
 * gateway per zone. Positive and negative cases; savings checked against catalog prices.
 */
class NonProductionRulesTest {

  // ---- multi-az-outside-production

  @Test
  void multi_az_database_tagged_staging_saves_its_standby_instance_and_storage() throws Exception {
    List<Hint> hints = Advise.rule("multi-az-outside-production", Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_db_instance" "db" {
          instance_class    = "db.m6i.large"
          engine            = "postgres"
          allocated_storage = 100
          multi_az          = true
          tags              = { Environment = "staging" }
        }
        """));
    BigDecimal instance = monthly(CatalogPrices.rds("us-east-1", "db.m6i.large", "PostgreSQL", "Multi-AZ")
        .subtract(CatalogPrices.rds("us-east-1", "db.m6i.large", "PostgreSQL", "Single-AZ")));
    BigDecimal storage = CatalogPrices.rdsGp2("us-east-1", "Multi-AZ").subtract(CatalogPrices.rdsGp2("us-east-1", "Single-AZ"))
        .multiply(BigDecimal.valueOf(100));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.from() + " -> " + h.to()).isEqualTo("Multi-AZ -> Single-AZ");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(instance.add(storage)).isEqualByComparingTo("141.44");
      assertThat(h.why()).startsWith("Tagged Environment = staging:");
      assertThat(h.caveats()).singleElement().asString().startsWith("Single-AZ has no standby");
    });
  }

  @Test
  void production_untagged_ambiguous_or_single_az_databases_keep_their_deployment() throws Exception {
    String db = """
        resource "aws_db_instance" "%s" {
          instance_class    = "db.m6i.large"
          engine            = "postgres"
          allocated_storage = 100
          multi_az          = %s
          %s
        }
        """;
    assertThat(Advise.rule("multi-az-outside-production", Advise.hcl("provider \"aws\" { region = \"us-east-1\" }\n"
        + db.formatted("prod", "true", "tags = { env = \"production\" }")
        + db.formatted("untagged", "true", "")
        + db.formatted("both", "true", "tags = { env = \"dev\", stage = \"prod\" }")
        + db.formatted("preprod_eu", "true", "tags = { env = \"pre-prod-eu\" }")
        + db.formatted("single", "false", "tags = { env = \"dev\" }")))).isEmpty();
  }

  @Test
  void non_production_words_are_read_inside_longer_values() {
    NonProduction n = NonProduction.DEFAULT;
    assertThat(n.tag(Map.of("env", "dev-eu-1"))).contains("env = dev-eu-1");
    assertThat(n.tag(Map.of("Stage", "QA"))).contains("Stage = QA");
    assertThat(n.tag(Map.of("environment", "pre-prod"))).contains("environment = pre-prod");
    assertThat(n.tag(Map.of("env", "prod-test"))).isEmpty();
    assertThat(n.tag(Map.of("env", "devops"))).isEmpty();
    assertThat(n.tag(Map.of("team", "dev"))).isEmpty();
  }

  // ---- one-nat-gateway-outside-production

  @Test
  void three_dev_nat_gateways_of_one_network_save_two_gateways_hours() throws Exception {
    List<Hint> hints = Advise.rule("one-nat-gateway-outside-production", Advise.hcl("""
        provider "aws" { region = "eu-west-1" }
        resource "aws_nat_gateway" "az" {
          count     = 3
          subnet_id = "subnet-${count.index}"
          tags      = { env = "dev" }
        }
        """));
    BigDecimal expected = monthly(CatalogPrices.natGatewayHourly("eu-west-1")).multiply(BigDecimal.valueOf(2));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.address()).isEqualTo("aws_nat_gateway.az[0]");
      assertThat(h.from() + " -> " + h.to()).isEqualTo("3 NAT gateways -> 1 NAT gateway");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("70.08");
      assertThat(h.why()).contains("aws_nat_gateway.az[0], aws_nat_gateway.az[1], aws_nat_gateway.az[2]")
          .contains("$0.048/hour each in eu-west-1");
      assertThat(h.caveats()).anyMatch(c -> c.contains("inter-AZ data transfer"));
    });
  }

  @Test
  void data_processed_stays_out_of_the_nat_saving() throws Exception {
    List<Hint> hints = Advise.rule("one-nat-gateway-outside-production", Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_nat_gateway" "az" {
          count     = 2
          subnet_id = "subnet-${count.index}"
          tags      = { environment = "sandbox" }
        }
        """, Advise.usage("version: 0.1\nresource_type_default_usage:\n  aws_nat_gateway:\n    monthly_data_processed_gb: 1000\n")));
    assertThat(hints).singleElement().satisfies(h ->
        assertThat(h.monthlySavings().amount()).isEqualByComparingTo(monthly(CatalogPrices.natGatewayHourly("us-east-1"))));
  }

  @Test
  void production_single_or_separate_networks_keep_their_nat_gateways() throws Exception {
    assertThat(Advise.rule("one-nat-gateway-outside-production", Advise.hcl("""
        provider "aws" { region = "us-east-1" }
        resource "aws_nat_gateway" "prod" {
          count     = 3
          subnet_id = "subnet-${count.index}"
          tags      = { env = "prod" }
        }
        resource "aws_nat_gateway" "untagged" {
          count     = 2
          subnet_id = "subnet-u${count.index}"
        }
        resource "aws_nat_gateway" "dev" {
          subnet_id = "subnet-dev"
          tags      = { env = "dev" }
        }
        resource "aws_nat_gateway" "test" {
          subnet_id = "subnet-test"
          tags      = { env = "test" }
        }
        """))).isEmpty();
    // One gateway in each of two module instances: two networks, one gateway each.
    assertThat(Advise.rule("one-nat-gateway-outside-production", Advise.plan("aws", "us-east-1")
        .create("module.a.aws_nat_gateway.this[0]", """
            {"subnet_id": "s-a", "tags": {"env": "dev"}}""")
        .create("module.b.aws_nat_gateway.this[0]", """
            {"subnet_id": "s-b", "tags": {"env": "dev"}}""")
        .hints())).isEmpty();
  }

  @Test
  void gateways_of_one_module_instance_are_one_network() throws Exception {
    List<Hint> hints = Advise.rule("one-nat-gateway-outside-production", Advise.plan("aws", "us-east-1")
        .create("module.vpc.aws_nat_gateway.this[0]", """
            {"subnet_id": "s-a", "tags": {"env": "dev"}}""")
        .create("module.vpc.aws_nat_gateway.this[1]", """
            {"subnet_id": "s-b", "tags": {"env": "dev"}}""")
        .hints());
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.address()).isEqualTo("module.vpc.aws_nat_gateway.this[0]");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(monthly(CatalogPrices.natGatewayHourly("us-east-1")));
    });
  }
}
