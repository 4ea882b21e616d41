package dev.tollgate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.References;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The plan reader records which resources a resource's configuration refers to, module paths included. */
class ConfigReferencesTest {

  private static final String PLAN = """
      {"format_version": "1.2", "resource_changes": [],
       "configuration": {"root_module": {
         "resources": [
           {"address": "aws_autoscaling_group.web", "mode": "managed", "type": "aws_autoscaling_group", "name": "web",
            "expressions": {
              "launch_configuration": {"references": ["aws_launch_configuration.web.name", "aws_launch_configuration.web"]},
              "min_size": {"constant_value": 1},
              "vpc_zone_identifier": {"references": ["var.subnets", "data.aws_subnets.all.ids", "module.vpc.private_subnets"]}}},
           {"address": "data.aws_ami.ubuntu", "mode": "data", "type": "aws_ami", "name": "ubuntu",
            "expressions": {"owners": {"references": ["aws_launch_template.x"]}}}
         ],
         "module_calls": {"nodes": {"source": "./nodes", "module": {"resources": [
           {"address": "aws_eks_node_group.this", "mode": "managed", "type": "aws_eks_node_group", "name": "this",
            "expressions": {"launch_template": [{"id": {"references": ["aws_launch_template.this[0].id", "aws_launch_template.this[0]", "aws_launch_template.this"]},
                                                "version": {"constant_value": "$Latest"}}]}}
         ]}}}
       }}}
      """;

  @Test
  void references_name_resources_by_configuration_address_per_top_level_attribute() throws Exception {
    ChangeSet changes = new PlanReader().read("plan.json", PLAN.getBytes(StandardCharsets.UTF_8));
    References refs = changes.references();
    assertThat(refs.of("aws_autoscaling_group.web", "launch_configuration")).containsExactly("aws_launch_configuration.web");
    assertThat(refs.of("module.nodes.aws_eks_node_group.this", "launch_template")).containsExactly("module.nodes.aws_launch_template.this");
  }

  @Test
  void variables_data_sources_module_outputs_and_data_blocks_are_not_resource_references() throws Exception {
    References refs = new PlanReader().read("plan.json", PLAN.getBytes(StandardCharsets.UTF_8)).references();
    assertThat(refs.of("aws_autoscaling_group.web", "vpc_zone_identifier")).isEmpty();
    assertThat(refs.of("aws_autoscaling_group.web", "min_size")).isEmpty();
    assertThat(refs.byAddress()).doesNotContainKey("data.aws_ami.ubuntu");
  }

  @Test
  void a_plan_without_configuration_has_no_references() throws Exception {
    String plan = "{\"format_version\": \"1.2\", \"resource_changes\": []}";
    assertThat(new PlanReader().read("plan.json", plan.getBytes(StandardCharsets.UTF_8)).references().isEmpty()).isTrue();
  }
}
