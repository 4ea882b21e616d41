package dev.tollgate.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.support.GoldenComparison;
import dev.tollgate.support.GoldenTable;
import dev.tollgate.support.Shared;
import dev.tollgate.terraform.PlanReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Infracost's own Terraform inputs, evaluated from HCL, against Infracost's goldens (instance and EBS
 * volume tests, component by component) and against the plan JSON Terraform wrote for the same
 * configuration (the example project). The exceptions are the ones the plan-JSON fixtures of these
 * tests have (InfracostGoldenTest), for the same reasons.
 */
class InfracostHclGoldenTest {

  private static final String NO_US_RESERVED =
      "the catalog's reserved-instance prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_CPU_CREDITS =
      "the catalog's CPU-credit prices come from terracost's dump, which covers eu-west-1 only";
  private static final String NO_US_EBS_OPTIMIZED =
      "the catalog's EBS-optimized surcharges come from terracost's dump, which covers eu-west-1 only";
  private static final String LAUNCH_TEMPLATE =
      "the instance pricer does not yet read the settings of the launch template an instance refers to";

  private static ChangeSet load(Path dir) throws Exception {
    return new HclLoader(LoaderOptions.defaults().withRepoRoot(dir)).load(dir);
  }

  private static Map<String, CostedResource> byAddress(ProjectEstimate e) {
    Map<String, CostedResource> m = new LinkedHashMap<>();
    e.current().resources().forEach(r -> m.put(r.address(), r));
    return m;
  }

  @Test
  void instance_test_tf_matches_infracost_instance_test_golden() throws Exception {
    Path dir = Shared.awsGolden("instance_test");
    UsageFile usage = UsageFile.read(dir.resolve("instance_test.usage.yml"));
    ChangeSet cs = load(dir);
    ProjectEstimate e = Engines.engine(usage).estimate(cs.source(), cs);
    GoldenComparison c = new GoldenComparison()
        .except("aws_ec2_host.mac", "aws_ec2_host has no pricer and the catalog has no Dedicated Host prices")
        .except("aws_instance.instance2_ebsOptimized|EBS-optimized usage", NO_US_EBS_OPTIMIZED)
        .except("aws_instance.instance_ebsOptimized_withMonthlyHours|EBS-optimized usage", NO_US_EBS_OPTIMIZED)
        .except("aws_instance.t3_unlimited_cpuCredits|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.t2_unlimited_cpuCredits|CPU credits", NO_US_CPU_CREDITS)
        .except("aws_instance.instance_withLaunchTemplateById", LAUNCH_TEMPLATE)
        .except("aws_instance.instance_withLaunchTemplateByName", LAUNCH_TEMPLATE);
    for (String term : List.of("std", "cnvr")) {
      for (String length : List.of("1yr", "3yr")) {
        for (String payment : List.of("no_upfront", "partial_upfront", "all_upfront")) {
          c.except("aws_instance." + term + "_" + length + "_" + payment + "|Instance usage (Linux/UNIX, reserved, t3.medium)", NO_US_RESERVED);
        }
      }
    }
    c.compare(GoldenTable.read(dir.resolve("instance_test.golden")), byAddress(e));

    assertThat(c.mismatches()).isEmpty();
    assertThat(c.staleExceptions()).isEmpty();
    assertThat(c.matched()).isGreaterThanOrEqualTo(45);
    assertThat(byAddress(e).get("aws_instance.instance1_hostTenancy").isUnsupported()).isTrue();
    // The host's own availability_zone puts it in us-east-2, whatever the provider says.
    assertThat(e.current().resources().stream().filter(r -> r.address().equals("aws_ec2_host.mac")).findFirst().orElseThrow()
        .resource().region().code()).isEqualTo("us-east-2");
  }

  @Test
  void ebs_volume_test_tf_matches_infracost_ebs_volume_test_golden() throws Exception {
    Path dir = Shared.awsGolden("ebs_volume_test");
    ChangeSet cs = load(dir);
    ProjectEstimate e = Engines.engine(UsageFile.read(dir.resolve("ebs_volume_test.usage.yml"))).estimate(cs.source(), cs);
    GoldenComparison c = new GoldenComparison().compare(GoldenTable.read(dir.resolve("ebs_volume_test.golden")), byAddress(e));

    assertThat(c.mismatches()).isEmpty();
    assertThat(c.matched()).isEqualTo(14);
    assertThat(e.currentMonthly()).isEqualByComparingTo("60.50");
  }

  @Test
  void example_main_tf_gives_the_resources_and_costs_of_its_plan_json() throws Exception {
    Path dir = Shared.path("reference/infracost/infracost/examples/terraform");
    UsageFile usage = UsageFile.read(dir.resolve("infracost-usage.yml"));
    ChangeSet fromHcl = load(dir);
    ChangeSet fromPlan = new PlanReader().read(dir.resolve("plan.json"));
    ProjectEstimate hcl = Engines.engine(usage).estimate("hcl", fromHcl);
    ProjectEstimate plan = Engines.engine(usage).estimate("plan", fromPlan);

    assertThat(byAddress(hcl).keySet()).containsExactlyElementsOf(byAddress(plan).keySet());
    for (String address : byAddress(plan).keySet()) {
      CostedResource h = byAddress(hcl).get(address);
      CostedResource p = byAddress(plan).get(address);
      assertThat(h.monthlyCost()).as(address).isEqualByComparingTo(p.monthlyCost());
      assertThat(h.components().stream().map(x -> x.name()).toList()).as(address)
          .isEqualTo(p.components().stream().map(x -> x.name()).toList());
      assertThat(h.resource().region()).as(address).isEqualTo(p.resource().region());
    }
    assertThat(hcl.currentMonthly()).isEqualByComparingTo(plan.currentMonthly()).isPositive();
  }

  @Test
  void db_instance_test_tf_yields_the_golden_s_resources_with_their_attributes() throws Exception {
    Path dir = Shared.awsGolden("db_instance_test");
    Map<String, Resource> r = CorpusRoots.byAddress(load(dir));
    // Every resource Infracost lists in its golden, and no other (costs wait for the RDS pricer).
    assertThat(r.keySet()).containsExactlyInAnyOrderElementsOf(GoldenTable.read(dir.resolve("db_instance_test.golden")).keySet());
    assertThat(r.values()).allSatisfy(x -> assertThat(x.region().code()).isEqualTo("us-east-1"));
    Resource gp3 = r.get("aws_db_instance.gp3[\"multi_az\"]");
    assertThat(gp3.attributes().string("storage_type")).contains("gp3");
    assertThat(gp3.attributes().number("allocated_storage")).contains(new java.math.BigDecimal("400"));
    assertThat(gp3.attributes().number("iops")).contains(new java.math.BigDecimal("14000"));
    assertThat(gp3.attributes().bool("multi_az")).contains(true);
    assertThat(r.get("aws_db_instance.mysql-magnetic").attributes().string("storage_type")).contains("standard");
  }
}
