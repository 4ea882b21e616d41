package dev.tollgate.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.Action;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Shared;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanReaderTest {

  private final PlanReader reader = new PlanReader();

  /** A plan replacing one m5.large with an m5.xlarge, in the order {@code actions} gives. */
  private static String replacePlan(String actions) {
    return """
        {"format_version":"1.2","resource_changes":[{"address":"aws_instance.web","mode":"managed",
         "type":"aws_instance","name":"web","provider_name":"registry.terraform.io/hashicorp/aws",
         "change":{"actions":%s,
           "before":{"instance_type":"m5.large","root_block_device":[{"volume_size":8,"volume_type":"gp3"}]},
           "after":{"instance_type":"m5.xlarge","root_block_device":[{"volume_size":8,"volume_type":"gp3"}]},
           "after_unknown":{"id":true}}}],
         "configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"us-east-1"}}}}}}
        """.formatted(actions);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"delete\",\"create\"]", "[\"create\",\"delete\"]"})
  void replace_in_either_order_prices_the_old_side_as_removed_and_the_new_as_added(String actions) throws Exception {
    ChangeSet changes = reader.read("replace.json", replacePlan(actions).getBytes(StandardCharsets.UTF_8));
    ProjectEstimate e = Engines.engine(UsageFile.NONE).estimate("replace", changes);

    assertThat(changes.changes()).singleElement().extracting(ResourceChange::action).isEqualTo(Action.REPLACE);
    // m5.large $0.096/h and m5.xlarge $0.192/h in us-east-1, plus 8 GB of gp3 at $0.08 on both sides.
    assertThat(e.pastMonthly()).isEqualByComparingTo("70.72");
    assertThat(e.currentMonthly()).isEqualByComparingTo("140.80");
    ResourceDiff d = e.diffs().get(0);
    assertThat(d.action()).isEqualTo(Action.REPLACE);
    assertThat(d.monthlyBefore()).isEqualByComparingTo("70.72");
    assertThat(d.monthlyAfter()).isEqualByComparingTo("140.80");
    assertThat(e.diffMonthly()).isEqualByComparingTo("70.08");
  }

  @Test
  void an_all_no_op_plan_changes_nothing() throws Exception {
    ProjectEstimate e = Engines.estimate(Shared.path("corpus/plans/terraform-validator__tf1_0plan_applied_noop.json"));
    assertThat(e.diffMonthly()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(e.diffs()).isEmpty();
    assertThat(e.past().resources()).hasSize(10);
    assertThat(e.current().resources()).hasSize(10);
  }

  @Test
  void a_targeted_plan_deletes_nothing_outside_its_targets() throws Exception {
    ProjectEstimate e = Engines.estimate(Shared.path("corpus/plans/infracost__plan_with_target.json"));
    assertThat(e.diffs()).extracting(ResourceDiff::action).containsExactly(Action.UPDATE);
    assertThat(e.diffs()).extracting(ResourceDiff::address).containsExactly("aws_instance.web_app_1");
    assertThat(e.current().resources()).extracting(r -> r.address()).doesNotContain("aws_instance.web_app_2");
    assertThat(e.notes()).singleElement().asString()
        .contains("1 resource in the prior state is not in this plan").contains("not counted as deleted");
  }

  @Test
  void the_setup_terraform_wrapper_noise_is_stripped() throws Exception {
    ChangeSet c = reader.read(Shared.path("corpus/plans/infracost__plan_with_terraform_wrapper.json"));
    assertThat(c.changes()).extracting(ResourceChange::address)
        .containsExactly("aws_instance.web_app", "aws_lambda_function.hello_world");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-16LE", "UTF-16BE"})
  void byte_order_marks_and_utf16_read_the_same_as_utf8(String encoding) throws Exception {
    byte[] utf8 = Files.readAllBytes(Shared.path("corpus/plans/infracost__terraform_v0.12_plan.json"));
    String text = new String(utf8, StandardCharsets.UTF_8);
    byte[] encoded;
    switch (encoding) {
      case "UTF-8-BOM":
        encoded = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        break;
      case "UTF-16LE-BOM":
        encoded = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        break;
      case "UTF-16BE-BOM":
        encoded = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        break;
      case "UTF-16LE":
        encoded = text.getBytes(StandardCharsets.UTF_16LE);
        break;
      default:
        encoded = text.getBytes(StandardCharsets.UTF_16BE);
    }
    ChangeSet plain = reader.read("plain.json", utf8);
    ChangeSet other = reader.read("other.json", encoded);
    assertThat(other.changes()).isEqualTo(plain.changes());
    assertThat(other.changes()).hasSize(26);
  }

  @Test
  void unknown_values_are_marked_unknown_and_known_ones_kept() throws Exception {
    ChangeSet c = reader.read(Shared.path("reference/infracost/infracost/cmd/infracost/testdata/example_plan.json"));
    Resource web = c.changes().get(0).after().orElseThrow();
    assertThat(web.attributes().string("instance_type")).contains("m5.4xlarge");
    assertThat(web.attributes().isUnknown("ebs_optimized")).isTrue();
    assertThat(web.attributes().blocks("root_block_device").get(0).isUnknown("volume_type")).isTrue();
    assertThat(web.attributes().blocks("root_block_device").get(0).number("volume_size")).contains(new BigDecimal("50"));
  }

  @Test
  void sensitive_values_are_read_without_failing() throws Exception {
    ChangeSet c = reader.read(Shared.path("corpus/plans/terraform-json__110_sensitive_values.json"));
    assertThat(c.changes()).hasSize(7).allMatch(ch -> ch.action() == Action.CREATE);
  }

  @Test
  void region_comes_from_a_variable_referenced_by_the_provider() throws Exception {
    ChangeSet c = reader.read(Shared.path("corpus/plans/terraform-compliance__issue_249_alb_modules_update.json"));
    List<Region> regions = c.changes().stream().flatMap(ch -> ch.after().stream()).map(Resource::region).toList();
    assertThat(regions).isNotEmpty().allSatisfy(r -> {
      assertThat(r.code()).isEqualTo("us-east-1");
      assertThat(r.source()).isIn(Region.Source.PROVIDER_CONFIG, Region.Source.PROVIDER_DEFAULT, Region.Source.ATTRIBUTE);
    });
  }

  @Test
  void module_resources_use_their_module_scoped_provider_and_aliases_their_own_region() throws Exception {
    String plan = """
        {"format_version":"1.2","variables":{"home":{"value":"eu-west-1"}},
         "resource_changes":[
          {"address":"aws_ebs_volume.a","mode":"managed","type":"aws_ebs_volume","provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"size":10,"type":"gp2"},"after_unknown":{}}},
          {"address":"aws_ebs_volume.b","mode":"managed","type":"aws_ebs_volume","provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"size":10,"type":"gp2"},"after_unknown":{}}},
          {"address":"module.dr.aws_ebs_volume.c","module_address":"module.dr","mode":"managed","type":"aws_ebs_volume",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"size":10,"type":"gp2"},"after_unknown":{}}},
          {"address":"module.plain.aws_ebs_volume.d","module_address":"module.plain","mode":"managed","type":"aws_ebs_volume",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"size":10,"type":"gp2"},"after_unknown":{}}},
          {"address":"aws_ebs_volume.e","mode":"managed","type":"aws_ebs_volume","provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"size":10,"type":"gp2","availability_zone":"ap-south-1b"},"after_unknown":{}}}],
         "configuration":{
          "provider_config":{
           "aws":{"name":"aws","expressions":{"region":{"references":["var.home"]}}},
           "aws.replica":{"name":"aws","alias":"replica","expressions":{"region":{"constant_value":"sa-east-1"}}},
           "module.dr:aws":{"name":"aws","module_address":"module.dr","expressions":{"region":{"references":["var.region"]}}}},
          "root_module":{
           "resources":[{"address":"aws_ebs_volume.a","provider_config_key":"aws"},
                        {"address":"aws_ebs_volume.b","provider_config_key":"aws.replica"},
                        {"address":"aws_ebs_volume.e","provider_config_key":"aws"}],
           "module_calls":{
            "dr":{"expressions":{"region":{"constant_value":"eu-central-1"}},
                  "module":{"resources":[{"address":"aws_ebs_volume.c","provider_config_key":"module.dr:aws"}]}},
            "plain":{"module":{"resources":[{"address":"aws_ebs_volume.d","provider_config_key":"module.plain:aws"}]}}}}}}
        """;
    ChangeSet c = reader.read("regions.json", plan.getBytes(StandardCharsets.UTF_8));
    List<Region> r = c.changes().stream().map(ch -> ch.after().orElseThrow().region()).toList();
    assertThat(r).extracting(Region::code).containsExactly("eu-west-1", "sa-east-1", "eu-central-1", "eu-west-1", "ap-south-1");
    assertThat(r).extracting(Region::source).containsExactly(
        Region.Source.PROVIDER_CONFIG, Region.Source.PROVIDER_CONFIG, Region.Source.PROVIDER_CONFIG,
        Region.Source.PROVIDER_DEFAULT, Region.Source.ATTRIBUTE);
  }

  @Test
  void a_resource_with_no_region_anywhere_is_priced_in_the_assumed_default_and_says_so() throws Exception {
    String plan = """
        {"format_version":"1.0","resource_changes":[{"address":"aws_ebs_volume.x","mode":"managed","type":"aws_ebs_volume",
          "provider_name":"registry.terraform.io/hashicorp/aws",
          "change":{"actions":["create"],"before":null,"after":{"size":100,"type":"gp3"},"after_unknown":{}}}]}
        """;
    ProjectEstimate e = Engines.engine(UsageFile.NONE).estimate("x", reader.read("x.json", plan.getBytes(StandardCharsets.UTF_8)));
    Region region = e.current().resources().get(0).resource().region();
    assertThat(region.code()).isEqualTo("us-east-1");
    assertThat(region.source()).isEqualTo(Region.Source.ASSUMED);
    assertThat(region.note()).contains("no region in the input");
    assertThat(e.currentMonthly()).isEqualByComparingTo("8.00");
  }

  @Test
  void an_unknown_action_names_its_json_path() {
    String plan = """
        {"format_version":"1.0","resource_changes":[{"address":"a.b","type":"aws_instance","change":{"actions":["explode"]}}]}
        """;
    assertThatThrownBy(() -> reader.read("bad.json", plan.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("resource_changes[0].change.actions: unknown actions [explode]");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
