package dev.tollgate.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Fixtures;
import dev.tollgate.support.GoldenComparison;
import dev.tollgate.support.GoldenTable;
import dev.tollgate.support.Shared;
import java.math.BigDecimal;
import dev.tollgate.terraform.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * aws_instance, aws_ebs_volume and aws_db_instance against Infracost's own goldens, component by
 * component, and Infracost's example plan against its JSON golden. The inputs are the goldens' .tf
 * files written as plan JSON (test-fixtures/infracost-goldens); each exception names why the local
 * catalog cannot reproduce that line, and goes stale (failing the test) once it can.
 */
class InfracostGoldenTest {

  private static final String NO_US_RESERVED =
      "the catalog has no reserved-instance prices: terracost's dump (eu-west-1 only) does not say which term its reserved rows are";
  private static final String NO_US_CPU_CREDITS =
      "the catalog's CPU-credit prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_EBS_OPTIMIZED =
      "the catalog's EBS-optimized surcharges come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_DEDICATED =
      "the launch template asks for dedicated tenancy; the catalog's dedicated-tenancy prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_HOSTS =
      "the catalog's Dedicated Host prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_RDS_LICENSED =
      "the catalog's Oracle and SQL Server RDS prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_RDS_RESERVED =
      "the catalog has no reserved RDS prices: no source gives them with their term and payment option";
  private static final String NO_PI =
      "the catalog's RDS sources have Performance Insights only as a vCPU-month rate of unstated retention, not per instance family, and no paid API rate";
  private static final String NO_RDS_CPU_CREDITS = "no source in the catalog has RDS CPU-credit prices";
  /** Infracost's db_instance golden was recorded between March 2025 and March 2026 (its extended-support lines say so). */
  private static final java.time.LocalDate DB_GOLDEN_DAY = java.time.LocalDate.of(2025, 9, 1);

  @Test
  void aws_instance_matches_infracost_instance_test_golden() throws Exception {
    UsageFile usage = UsageFile.read(Shared.awsGolden("instance_test/instance_test.usage.yml"));
    ProjectEstimate e = Engines.estimate(Fixtures.path("infracost-goldens/instance_test.plan.json"), usage);
    GoldenComparison c = new GoldenComparison()
        .except("aws_ec2_host.mac|EC2 Dedicated Host (on-demand, mac1)", NO_US_HOSTS)
        .except("aws_instance.instance2_ebsOptimized|EBS-optimized usage", NO_US_EBS_OPTIMIZED)
        .except("aws_instance.instance_ebsOptimized_withMonthlyHours|EBS-optimized usage", NO_US_EBS_OPTIMIZED)
        .except("aws_instance.t3_unlimited_cpuCredits|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.t2_unlimited_cpuCredits|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.instance_withLaunchTemplateById|Instance usage (Linux/UNIX, on-demand, t3.medium)", NO_US_DEDICATED)
        .except("aws_instance.instance_withLaunchTemplateById|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.instance_withLaunchTemplateByName|Instance usage (Linux/UNIX, on-demand, t3.medium)", NO_US_DEDICATED);
    for (String term : List.of("std", "cnvr")) {
      for (String length : List.of("1yr", "3yr")) {
        for (String payment : List.of("no_upfront", "partial_upfront", "all_upfront")) {
          c.except("aws_instance." + term + "_" + length + "_" + payment + "|Instance usage (Linux/UNIX, reserved, t3.medium)", NO_US_RESERVED);
        }
      }
    }
    c.compare(GoldenTable.read(Shared.awsGolden("instance_test/instance_test.golden")), byAddress(e));

    assertThat(c.mismatches()).isEmpty();
    assertThat(c.staleExceptions()).isEmpty();
    assertThat(c.matched()).isEqualTo(62);
    // The one resource Infracost skips is not supported here either, with the reason.
    assertThat(byAddress(e).get("aws_instance.instance1_hostTenancy").isUnsupported()).isTrue();
  }

  @Test
  void aws_ebs_volume_matches_infracost_ebs_volume_test_golden() throws Exception {
    UsageFile usage = UsageFile.read(Shared.awsGolden("ebs_volume_test/ebs_volume_test.usage.yml"));
    ProjectEstimate e = Engines.estimate(Fixtures.path("infracost-goldens/ebs_volume_test.plan.json"), usage);
    GoldenComparison c = new GoldenComparison()
        .compare(GoldenTable.read(Shared.awsGolden("ebs_volume_test/ebs_volume_test.golden")), byAddress(e));

    assertThat(c.mismatches()).isEmpty();
    assertThat(c.matched()).isEqualTo(14);
    // The golden's overall total, $60.50, is 2024 prices; EBS prices have not moved since.
    assertThat(e.currentMonthly()).isEqualByComparingTo("60.50");
  }

  @Test
  void aws_db_instance_matches_infracost_db_instance_test_golden() throws Exception {
    UsageFile usage = UsageFile.read(Shared.awsGolden("db_instance_test/db_instance_test.usage.yml"));
    Path plan = Fixtures.path("infracost-goldens/db_instance_test.plan.json");
    ProjectEstimate e = Engines.engine(usage, DB_GOLDEN_DAY).estimate(plan.toString(), new PlanReader().read(plan));
    GoldenComparison c = new GoldenComparison();
    for (String engine : List.of("oracle-se", "oracle-se1", "oracle-se2", "oracle-se2-cdb", "oracle-ee", "oracle-ee-cdb",
        "oracle-se1-byol", "sqlserver-ex", "sqlserver-web")) {
      c.except("aws_db_instance." + engine + "|Database instance (on-demand, Single-AZ, db.t3.large)", NO_US_RDS_LICENSED);
    }
    for (String engine : List.of("sqlserver-se", "sqlserver-ee")) {
      c.except("aws_db_instance." + engine + "|Database instance (on-demand, Single-AZ, db.m5.xlarge)", NO_US_RDS_LICENSED);
    }
    for (String name : List.of("mysql-1yr-all-upfront", "mysql-1yr-no-upfront", "mysql-1yr-partial-upfront",
        "postgres-3yr-all-upfront", "postgres-3yr-partial-upfront")) {
      c.except("aws_db_instance." + name + "-single-az|Database instance (reserved, Single-AZ, db.t3.large)", NO_RDS_RESERVED);
      c.except("aws_db_instance." + name + "-multi-az|Database instance (reserved, Multi-AZ, db.t3.large)", NO_RDS_RESERVED);
    }
    c.except("aws_db_instance.mysql-performance-insights|Performance Insights Long Term Retention (db.m5.large)", NO_PI)
        .except("aws_db_instance.mysql-performance-insights|Performance Insights API", NO_PI)
        .except("aws_db_instance.mysql-performance-insights-usage|Performance Insights Long Term Retention (db.t3.large)", NO_PI)
        .except("aws_db_instance.mysql-performance-insights-usage|Performance Insights API", NO_PI)
        .except("aws_db_instance.mysql-performance-insights-usage|CPU credits", NO_RDS_CPU_CREDITS)
        .compare(GoldenTable.read(Shared.awsGolden("db_instance_test/db_instance_test.golden")), byAddress(e));

    assertThat(c.mismatches()).isEmpty();
    assertThat(c.staleExceptions()).isEmpty();
    assertThat(c.matched()).isEqualTo(150);
    assertThat(byAddress(e)).hasSize(68).allSatisfy((address, r) -> assertThat(r.isPriced()).as(address).isTrue());
  }

  @Test
  void example_plan_matches_breakdown_format_json_golden_resource_by_resource() throws Exception {
    UsageFile usage = UsageFile.read(Shared.infracostTestdata("example_usage.yml"));
    ProjectEstimate e = Engines.estimate(Shared.infracostTestdata("example_plan.json"), usage);
    String golden = Files.readString(Shared.infracostTestdata("breakdown_format_json/breakdown_format_json.golden"));
    JsonNode root = new ObjectMapper().readTree(golden.substring(0, golden.lastIndexOf("\n}") + 2));
    Map<String, List<GoldenTable.Component>> expected = new LinkedHashMap<>();
    for (JsonNode r : root.path("projects").get(0).path("breakdown").path("resources")) {
      List<GoldenTable.Component> comps = new ArrayList<>();
      r.path("costComponents").forEach(c -> comps.add(component("", c)));
      r.path("subresources").forEach(s -> s.path("costComponents").forEach(c -> comps.add(component(s.path("name").asText(), c))));
      expected.put(r.path("name").asText(), comps);
    }
    GoldenComparison c = new GoldenComparison()
        .except("aws_instance.zero_cost_instance|Instance usage (Linux/UNIX, reserved, m5.4xlarge)", NO_US_RESERVED)
        .compare(expected, byAddress(e));

    assertThat(expected).containsOnlyKeys("aws_instance.web_app", "aws_instance.zero_cost_instance",
        "aws_lambda_function.hello_world", "aws_lambda_function.zero_cost_lambda", "aws_s3_bucket.usage");
    assertThat(c.mismatches()).isEmpty();
    assertThat(c.staleExceptions()).isEmpty();
    assertThat(c.matched()).isEqualTo(18);
  }

  private static GoldenTable.Component component(String sub, JsonNode c) {
    return new GoldenTable.Component(sub, c.path("name").asText(),
        java.util.Optional.of(new BigDecimal(c.path("monthlyQuantity").asText())), c.path("unit").asText(),
        java.util.Optional.of(new BigDecimal(c.path("monthlyCost").asText())));
  }

  private static Map<String, CostedResource> byAddress(ProjectEstimate e) {
    Map<String, CostedResource> m = new LinkedHashMap<>();
    e.current().resources().forEach(r -> m.put(r.address(), r));
    return m;
  }
}
