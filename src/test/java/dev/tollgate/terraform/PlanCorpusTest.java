package dev.tollgate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Action;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Shared;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plan in the corpus and Infracost's reference plans reads and estimates without error. Action
 * counts are the ones SOURCES.md states for each file; the priced / free / not-supported split is
 * what the registry makes of them today.
 */
class PlanCorpusTest {

  static Stream<Arguments> plans() {
    String c = "corpus/plans/";
    String r = "reference/infracost/infracost/cmd/infracost/testdata/";
    return Stream.of(
        row(c + "infracost__azure_firewall_plan.json", "create=11", 0, 3, 8),
        row(c + "infracost__express_route_gateway_plan.json", "create=8", 0, 1, 7),
        row(c + "infracost__plan_with_target.json", "update=1", 1, 0, 0),
        row(c + "infracost__plan_with_terraform_wrapper.json", "create=2", 2, 0, 0),
        row(c + "infracost__terraform_v0.12_plan.json", "create=12 update=1 no-op=13", 14, 12, 0),
        row(c + "opentofu__basic_delete.json", "update=1 delete=1", 0, 0, 2),
        row(c + "opentofu__requires_replace.json", "replace=1", 0, 0, 1),
        row(c + "regula__tfplan_0.12.json", "create=4", 0, 4, 0),
        row(c + "regula__tfplan_0.15.json", "create=4", 0, 4, 0),
        row(c + "terraform-compliance__issue_127_asg_elb.json", "create=6", 3, 3, 0),
        row(c + "terraform-compliance__issue_158_vpc_module_nat.json", "create=29", 6, 23, 0),
        row(c + "terraform-compliance__issue_249_alb_modules_update.json", "create=2 update=4 no-op=18", 3, 21, 0),
        row(c + "terraform-compliance__issue_294_azure_vms_module.json", "create=18 read=2", 2, 15, 1),
        row(c + "terraform-compliance__issue_522_lambda_delete_update.json", "create=5 update=1 delete=2 no-op=7", 2, 13, 0),
        row(c + "terraform-compliance__issue_796_tf1_14.json", "create=2", 0, 2, 0),
        row(c + "terraform-compliance__regex_on_when_fv1_0.json", "create=2", 2, 0, 0),
        row(c + "terraform-json__110_sensitive_values.json", "create=7", 0, 7, 0),
        row(c + "terraform-json__120_basic_fv1_1.json", "create=7", 0, 7, 0),
        row(c + "terraform-json__action_reason_replace.json", "replace=1", 0, 1, 0),
        row(c + "terraform-validator__example_container_cluster.json", "create=3", 2, 1, 0),
        row(c + "terraform-validator__example_sql_database_instance.json", "create=1", 0, 0, 1),
        row(c + "terraform-validator__full_compute_instance.json", "create=2", 2, 0, 0),
        row(c + "terraform-validator__tf1_0plan_applied_noop.json", "no-op=10", 2, 8, 0),
        row(r + "example_plan.json", "create=5", 5, 0, 0),
        row(r + "terraform_v0.14_plan.json", "create=12 update=1 no-op=13", 14, 12, 0),
        row(r + "instance_with_attachment_before_deploy.json", "create=3 no-op=1", 2, 2, 0),
        row(r + "instance_with_attachment_after_deploy.json", "no-op=4", 2, 2, 0),
        row("reference/infracost/infracost/examples/terraform/plan.json", "create=2", 2, 0, 0));
  }

  private static Arguments row(String file, String actions, int priced, int free, int unsupported) {
    return Arguments.of(file, actions, priced, free, unsupported);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void every_reference_plan_estimates_with_the_expected_counts(
      String file, String actions, int priced, int free, int unsupported) throws Exception {
    Path plan = Shared.path(file);
    ChangeSet changes = new PlanReader().read(plan);
    assertThat(render(changes.countByAction())).isEqualTo(actions);

    ProjectEstimate estimate = Engines.engine(dev.tollgate.pricing.UsageFile.NONE).estimate(file, changes);
    Map<String, CostedResource> all = new LinkedHashMap<>();
    estimate.past().resources().forEach(r -> all.put(r.address(), r));
    estimate.current().resources().forEach(r -> all.put(r.address(), r));
    assertThat(all.values().stream().filter(CostedResource::isPriced).count()).as("priced").isEqualTo(priced);
    assertThat(all.values().stream().filter(CostedResource::isFree).count()).as("free").isEqualTo(free);
    assertThat(all.values().stream().filter(CostedResource::isUnsupported).count()).as("unsupported").isEqualTo(unsupported);
  }

  private static String render(Map<Action, Integer> counts) {
    Map<Action, Integer> ordered = new EnumMap<>(Action.class);
    ordered.putAll(counts);
    StringBuilder b = new StringBuilder();
    ordered.forEach((a, n) -> b.append(b.length() == 0 ? "" : " ").append(a.label()).append('=').append(n));
    return b.toString();
  }
}
