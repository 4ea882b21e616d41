package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.support.Run;
import dev.tollgate.support.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tollgate estimate} on Terraform folders: variables from flags and the environment, compare-to. */
class FolderEstimateTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MAIN = """
      provider "aws" {
        region = "eu-west-1"
      }

      variable "instance_type" {
        type    = string
        default = "t3.micro"
      }

      resource "aws_instance" "web" {
        ami           = "ami-1"
        instance_type = var.instance_type
      }
      """;

  private static Path folder(Path parent, String name, String main) throws Exception {
    Path dir = Files.createDirectories(parent.resolve(name));
    Files.writeString(dir.resolve("main.tf"), main);
    return dir;
  }

  @Test
  void the_bundled_folder_prices_counted_for_each_and_module_instances() {
    Run run = Run.of("estimate", "--path", dev.tollgate.support.Fixtures.path("hcl/web-app").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(" aws_instance.web[1]                                     create           $0.00       $158.86      +$158.86")
        .contains(" module.worker[\"batch\"].aws_instance.this                create           $0.00       $284.78      +$284.78")
        .contains("    └─ Storage (general purpose SSD, gp3)                200 GB × $0.088                            $17.60")
        .contains(" Monthly total                                                            $0.00       $680.67      +$680.67")
        .contains(" 5 resources in the plan: 5 priced, 0 free, 0 not supported");
  }

  @Test
  void a_folder_is_priced_like_its_plan_and_compared_to_an_earlier_infracost_json() throws Exception {
    Path dir = Shared.infracostTestdata("diff_with_compare_to_format_json");
    Run run = Run.of("estimate", "--path", dir.toString(), "--repo-root", dir.toString(),
        "--compare-to", dir.resolve("prior.json").toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = JSON.readTree(run.out());
    // Infracost's golden for `infracost diff --path . --compare-to prior.json`.
    assertThat(out.path("pastTotalMonthlyCost").asText()).isEqualTo("2045.92");
    assertThat(out.path("totalMonthlyCost").asText()).isEqualTo("1303.28");
    assertThat(out.path("diffTotalMonthlyCost").asText()).isEqualTo("-742.64");
    assertThat(out.path("projects").get(0).path("diff").path("resources").get(0).path("costComponents").get(0).path("name").asText())
        .isEqualTo("Instance usage (Linux/UNIX, on-demand, m5.4xlarge → m5.8xlarge)");
  }

  @Test
  void compare_to_a_base_folder_diffs_the_two_evaluations(@TempDir Path tmp) throws Exception {
    Path base = folder(tmp, "base", MAIN);
    Path head = folder(tmp, "head", MAIN.replace("\"t3.micro\"", "\"m5.large\""));
    Run run = Run.of("estimate", "--path", head.toString(), "--compare-to", base.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = JSON.readTree(run.out());
    // eu-west-1 on-demand Linux: t3.micro $0.0114/h, m5.large $0.107/h; plus the assumed 8 GB gp2 root volume, $0.88.
    assertThat(out.path("pastTotalMonthlyCost").asText()).isEqualTo("9.202");
    assertThat(out.path("totalMonthlyCost").asText()).isEqualTo("78.99");
    assertThat(out.path("diffTotalMonthlyCost").asText()).isEqualTo("69.788");
    assertThat(out.path("projects").get(0).path("diff").path("resources").get(0).path("name").asText()).isEqualTo("aws_instance.web");
  }

  @Test
  void terraform_var_beats_var_files_which_beat_tf_var_environment_variables(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp, "prod", MAIN);
    Files.writeString(dir.resolve("sizes.tfvars"), "instance_type = \"m5.xlarge\"\n");
    Map<String, String> env = Map.of("TF_VAR_instance_type", "m5.large");

    Run fromEnv = Run.withEnv(env, "estimate", "--path", dir.toString());
    assertThat(fromEnv.out()).contains("Instance usage (Linux/UNIX, on-demand, m5.large)");

    Run fromFile = Run.withEnv(env, "estimate", "--path", dir.toString(), "--terraform-var-file", "sizes.tfvars");
    assertThat(fromFile.out()).contains("Instance usage (Linux/UNIX, on-demand, m5.xlarge)");

    Run fromFlag = Run.withEnv(env, "estimate", "--path", dir.toString(), "--terraform-var-file", "sizes.tfvars",
        "--terraform-var", "instance_type=c5.large");
    assertThat(fromFlag.code()).isZero();
    assertThat(fromFlag.out()).contains("Instance usage (Linux/UNIX, on-demand, c5.large)");
  }

  @Test
  void a_syntax_error_names_file_line_and_column_with_the_source_line_and_a_caret(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp, "broken", """
        resource "aws_instance" "web" {
          ami = "ami-1"
          instance_type = = "t3.micro"
        }
        """);
    Run run = Run.of("estimate", "--path", dir.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    String main = dir.resolve("main.tf").toString();
    assertThat(run.err()).startsWith(main + ":3:19: error: syntax error: ");
    assertThat(run.err()).contains("\n  instance_type = = \"t3.micro\"\n                  ^\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_missing_var_file_is_bad_input_naming_it(@TempDir Path tmp) throws Exception {
    Path dir = folder(tmp, "prod", MAIN);
    Run run = Run.of("estimate", "--path", dir.toString(), "--terraform-var-file", "nope.tfvars");
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).startsWith("nope.tfvars: error: no such variables file");
  }

  @Test
  void groups_find_the_templates_they_refer_to_by_computed_identifiers(@TempDir Path tmp) throws Exception {
    // launch_template.id and a module output's self_link are only known after apply; the folder gives
    // each resource a placeholder for them, so the group is priced from its template, as in a plan.
    Path dir = folder(tmp, "groups", """
        provider "aws" {
          region = "us-east-1"
        }
        provider "google" {
          region = "us-central1"
        }

        resource "aws_launch_template" "worker" {
          instance_type = "m5.large"
        }

        resource "aws_autoscaling_group" "workers" {
          min_size         = 1
          max_size         = 4
          desired_capacity = 2
          launch_template {
            id = aws_launch_template.worker.id
          }
        }

        module "tpl" {
          source = "./tpl"
        }

        resource "google_compute_region_instance_group_manager" "web" {
          name               = "web"
          base_instance_name = "web"
          region             = "us-central1"
          target_size        = 3
          version {
            instance_template = module.tpl.self_link
          }
        }
        """);
    Files.createDirectories(dir.resolve("tpl"));
    Files.writeString(dir.resolve("tpl/main.tf"), """
        resource "google_compute_instance_template" "this" {
          machine_type = "e2-standard-2"
          disk {
            source_image = "debian-cloud/debian-12"
          }
          network_interface {
            network = "default"
          }
        }

        output "self_link" {
          value = google_compute_instance_template.this.self_link
        }
        """);
    Run run = Run.of("estimate", "--path", dir.toString(), "--repo-root", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("    ├─ Instance usage (Linux/UNIX, on-demand, m5.large)    1,460 hours × $0.096                      $140.16")
        .contains(" ├─ Instance usage (Linux/UNIX, on-demand, e2-standard-2)  2,190 hours × $0.06701142                 $146.76")
        .contains("google_compute_region_instance_group_manager.web: 3 x the VM of module.tpl.google_compute_instance_template.this")
        .contains(" Monthly total                                                              $0.00       $289.72      +$289.72")
        .doesNotContain("no price");
  }
}
