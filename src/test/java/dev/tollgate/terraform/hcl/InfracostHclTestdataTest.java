package dev.tollgate.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Infracost's own HCL-evaluation tests (corpus/hcl/infracost-hcl-testdata), run the way its CLI
 * tests run them. Where everything in a project is priced by Tollgate today, the monthly total
 * is Infracost's golden total to the cent.
 */
class InfracostHclTestdataTest {

  private static final String DIR = "infracost-hcl-testdata/";

  private static ProjectEstimate estimate(ChangeSet cs) {
    return Engines.engine(UsageFile.NONE).estimate(cs.source(), cs);
  }

  @Test
  void var_files_auto_files_json_files_and_vars_apply_in_infracost_order() throws Exception {
    String root = DIR + "breakdown_terraform_directory_with_default_var_files";
    Path abs = CorpusRoots.dir(root).resolve("abs.tfvars").toAbsolutePath();
    ChangeSet cs = CorpusRoots.load(root, LoaderOptions.defaults()
        .withVarFiles(List.of(Path.of("hcl.tfvars"), abs, Path.of("hcl.tfvars.json")))
        .withVars(List.of("block2_ebs_volume_size=2000", "block2_volume_type=io1")));
    Attributes web = CorpusRoots.byAddress(cs).get("aws_instance.web_app").attributes();
    assertThat(web.string("instance_type")).contains("m5.2xlarge");          // hcl.tfvars over the default
    assertThat(web.block("root_block_device").orElseThrow().number("volume_size")).contains(new BigDecimal("50")); // blocks.auto.tfvars
    List<Attributes> ebs = web.blocks("ebs_block_device");
    assertThat(ebs.get(0).string("volume_type")).contains("io1");           // volume-type.auto.tfvars
    assertThat(ebs.get(0).number("volume_size")).contains(new BigDecimal("1000")); // terraform.tfvars
    assertThat(ebs.get(0).number("iops")).contains(new BigDecimal("1000"));  // abs.tfvars over terraform.tfvars
    assertThat(ebs.get(1).number("iops")).contains(new BigDecimal("500"));   // hcl.tfvars.json
    assertThat(ebs.get(1).number("volume_size")).contains(new BigDecimal("2000")); // --terraform-var, converted to number
    assertThat(estimate(cs).currentMonthly()).isEqualByComparingTo("757.82");
  }

  @Test
  void multi_var_files_loads_terraform_tfvars_and_auto_files_and_the_given_files() throws Exception {
    ChangeSet cs = CorpusRoots.load(DIR + "hclmulti_var_files", LoaderOptions.defaults()
        .withVarFiles(List.of(Path.of("var1.tfvars"), Path.of("var2.tfvars"))));
    Attributes web = CorpusRoots.byAddress(cs).get("aws_instance.web_app").attributes();
    assertThat(web.string("instance_type")).contains("m5.8xlarge");
    assertThat(web.block("root_block_device").orElseThrow().number("volume_size")).contains(new BigDecimal("4000"));
    assertThat(web.block("ebs_block_device").orElseThrow().number("volume_size")).contains(new BigDecimal("2000"));
    // Infracost's golden: $1,836.28, all of it the instance and its volumes (the Lambda is usage-based).
    assertThat(estimate(cs).currentMonthly()).isEqualByComparingTo("1836.28");
  }

  @Test
  void without_the_var_files_the_variables_are_unknown_and_said_so() throws Exception {
    ChangeSet cs = CorpusRoots.load(DIR + "hclmulti_var_files");
    assertThat(CorpusRoots.byAddress(cs).get("aws_instance.web_app").attributes().isUnknown("instance_type")).isTrue();
    assertThat(cs.notes()).anyMatch(n -> n.endsWith("variable \"instance_type\" has no value and no default; treated as unknown"));
  }

  @Test
  void optional_attributes_take_their_defaults_so_all_four_counts_are_two() throws Exception {
    ChangeSet cs = CorpusRoots.load(DIR + "breakdown_with_optional_variables");
    assertThat(CorpusRoots.byAddress(cs)).containsOnlyKeys(
        "aws_eip.test1[0]", "aws_eip.test1[1]", "aws_eip.test2[0]", "aws_eip.test2[1]",
        "aws_eip.test3[0]", "aws_eip.test3[1]", "aws_eip.test4[0]", "aws_eip.test4[1]");
  }

  @Test
  void a_provider_alias_gives_its_resource_its_region() throws Exception {
    Map<String, Resource> r = CorpusRoots.byAddress(CorpusRoots.load(DIR + "hclprovider_alias"));
    assertThat(r.get("aws_nat_gateway.example").region().code()).isEqualTo("us-east-1");
    assertThat(r.get("aws_nat_gateway.example2").region().code()).isEqualTo("sa-east-1");
  }

  @Test
  void recursive_modules_pass_outputs_into_other_modules_inputs() throws Exception {
    Map<String, Resource> r = CorpusRoots.byAddress(CorpusRoots.load(DIR + "breakdown_terraform_directory_with_recursive_modules"));
    assertThat(r.get("module.big_app_with_output.aws_instance.web_app").attributes().string("instance_type")).contains("m5.8xlarge");
    assertThat(r.get("module.big_app_with_output.module.child_instance.aws_instance.web_app").attributes().string("instance_type"))
        .contains("m5.4xlarge");
    assertThat(r.get("module.small_app.aws_instance.web_app").attributes().block("ebs_block_device").orElseThrow().string("volume_type"))
        .contains("io1");
    assertThat(r.get("aws_instance.web_app").attributes().string("instance_type")).contains("m5.2xlarge");
  }

  @Test
  void tf_json_configuration_prices_like_its_hcl_twin() throws Exception {
    ChangeSet cs = CorpusRoots.load(DIR + "breakdown_terraform_tfjson");
    Attributes web = CorpusRoots.byAddress(cs).get("aws_instance.web_app").attributes();
    assertThat(web.string("instance_type")).contains("m5.4xlarge");
    assertThat(web.block("ebs_block_device").orElseThrow().number("iops")).contains(new BigDecimal("800"));
    // Infracost's golden: $742.64.
    assertThat(estimate(cs).currentMonthly()).isEqualByComparingTo("742.64");
  }
}
