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
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * aws_instance and aws_ebs_volume against Infracost's own goldens, component by component. The
 * inputs are the goldens' .tf files written as plan JSON (test-fixtures/infracost-goldens); each
 * exception names why the local catalog or a plan JSON cannot reproduce that line.
 */
class InfracostGoldenTest {

  private static final String NO_US_RESERVED =
      "the catalog has no reserved-instance prices: terracost's dump (eu-west-1 only) does not say which term its reserved rows are";
  private static final String NO_US_CPU_CREDITS =
      "the catalog's CPU-credit prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_EBS_OPTIMIZED =
      "the catalog's EBS-optimized surcharges come from terracost's dump, which covers eu-west-1 only";
  private static final String LAUNCH_TEMPLATE =
      "a plan JSON does not carry the launch template's settings into the instance; Infracost reads them from HCL";

  @Test
  void aws_instance_matches_infracost_instance_test_golden() throws Exception {
    UsageFile usage = UsageFile.read(Shared.awsGolden("instance_test/instance_test.usage.yml"));
    ProjectEstimate e = Engines.estimate(Fixtures.path("infracost-goldens/instance_test.plan.json"), usage);
    GoldenComparison c = new GoldenComparison()
        .except("aws_ec2_host.mac", "aws_ec2_host has no pricer and the catalog has no Dedicated Host prices")
        .except("aws_instance.instance2_ebsOptimized|EBS-optimized usage", NO_US_EBS_OPTIMIZED)
        .except("aws_instance.instance_ebsOptimized_withMonthlyHours|EBS-optimized usage", NO_US_EBS_OPTIMIZED)
        .except("aws_instance.t3_unlimited_cpuCredits|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.t2_unlimited_cpuCredits|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.instance_withLaunchTemplateById", LAUNCH_TEMPLATE)
        .except("aws_instance.instance_withLaunchTemplateByName", LAUNCH_TEMPLATE)
        .except("aws_instance.instance_withLaunchTemplateOverride|ebs_block_device[0] / Storage (provisioned IOPS SSD, io1)", LAUNCH_TEMPLATE)
        .except("aws_instance.instance_withLaunchTemplateOverride|ebs_block_device[0] / Provisioned IOPS", LAUNCH_TEMPLATE);
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
    assertThat(c.matched()).isGreaterThanOrEqualTo(45);
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
  void example_plan_instances_match_breakdown_format_json_golden() throws Exception {
    UsageFile usage = UsageFile.read(Shared.infracostTestdata("example_usage.yml"));
    ProjectEstimate e = Engines.estimate(Shared.infracostTestdata("example_plan.json"), usage);
    String golden = Files.readString(Shared.infracostTestdata("breakdown_format_json/breakdown_format_json.golden"));
    JsonNode root = new ObjectMapper().readTree(golden.substring(0, golden.lastIndexOf("\n}") + 2));
    Map<String, List<GoldenTable.Component>> expected = new LinkedHashMap<>();
    for (JsonNode r : root.path("projects").get(0).path("breakdown").path("resources")) {
      if (!r.path("resourceType").asText().equals("aws_instance")) {
        continue;
      }
      List<GoldenTable.Component> comps = new ArrayList<>();
      r.path("costComponents").forEach(c -> comps.add(component("", c)));
      r.path("subresources").forEach(s -> s.path("costComponents").forEach(c -> comps.add(component(s.path("name").asText(), c))));
      expected.put(r.path("name").asText(), comps);
    }
    GoldenComparison c = new GoldenComparison()
        .except("aws_instance.zero_cost_instance|Instance usage (Linux/UNIX, reserved, m5.4xlarge)", NO_US_RESERVED)
        .compare(expected, byAddress(e));

    assertThat(expected).containsOnlyKeys("aws_instance.web_app", "aws_instance.zero_cost_instance");
    assertThat(c.mismatches()).isEmpty();
    assertThat(c.staleExceptions()).isEmpty();
    assertThat(c.matched()).isEqualTo(7);
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
