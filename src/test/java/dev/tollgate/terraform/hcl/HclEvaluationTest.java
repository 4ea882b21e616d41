package dev.tollgate.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What hcl4j got wrong on the corpus (STACK.md), pinned as correct behaviour here: operator
 * precedence, unknown conditions, count.index in templates, unknown functions, no output, no
 * network.
 */
class HclEvaluationTest {

  @TempDir Path dir;

  private static Value num(long n) {
    return Value.of(n);
  }

  @Test
  void multiplication_binds_tighter_than_addition() throws Exception {
    assertThat(HclKit.eval(dir, "1 + 2 * 3")).isEqualTo(num(7));
    assertThat(HclKit.eval(dir, "(1 + 2) * 3")).isEqualTo(num(9));
    assertThat(HclKit.eval(dir, "2 * 3 + 1")).isEqualTo(num(7));
    assertThat(HclKit.eval(dir, "10 - 4 - 3")).isEqualTo(num(3));
    assertThat(HclKit.eval(dir, "8 / 4 / 2")).isEqualTo(num(1));
    assertThat(HclKit.eval(dir, "1 + 2 == 3 && 2 * 2 > 3")).isEqualTo(Value.TRUE);
    assertThat(HclKit.eval(dir, "-1 + 2")).isEqualTo(num(1));
    assertThat(HclKit.eval(dir, "7 / 2")).isEqualTo(new Value.Num(new BigDecimal("3.5")));
    assertThat(HclKit.eval(dir, "1 < 2 && 2 < 3 || false")).isEqualTo(Value.TRUE);
  }

  @Test
  void an_unknown_condition_stays_unknown_and_a_count_on_it_is_counted_once() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        data "aws_ami" "ubuntu" {
          most_recent = true
        }
        resource "aws_instance" "web" {
          count         = data.aws_ami.ubuntu.id == "ami-1" ? 3 : 1
          ami           = data.aws_ami.ubuntu.id
          instance_type = data.aws_ami.ubuntu.id == "ami-1" ? "m5.large" : "t3.micro"
        }
        """);
    Map<String, Resource> r = CorpusRoots.byAddress(cs);
    assertThat(r).containsOnlyKeys("aws_instance.web[0]");
    assertThat(r.get("aws_instance.web[0]").attributes().isUnknown("instance_type")).isTrue();
    assertThat(cs.notes()).contains(dir.resolve("main.tf") + ":4:1: aws_instance.web: its count is known only after apply; counted once");
  }

  @Test
  void count_index_is_interpolated_in_templates() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        resource "aws_instance" "web" {
          count = 2
          tags  = { Name = "web-${count.index}" }
        }
        """);
    assertThat(CorpusRoots.byAddress(cs).get("aws_instance.web[0]").tags()).containsEntry("Name", "web-0");
    assertThat(CorpusRoots.byAddress(cs).get("aws_instance.web[1]").tags()).containsEntry("Name", "web-1");
  }

  @Test
  void an_unknown_function_is_a_note_not_a_silent_null() throws Exception {
    ChangeSet cs = HclKit.load(dir, "resource \"t\" \"x\" {\n  v = no_such_function(1)\n}\n");
    assertThat(CorpusRoots.byAddress(cs).get("t.x").attributes().isUnknown("v")).isTrue();
    assertThat(cs.notes()).contains(dir.resolve("main.tf") + ":2:7: there is no function named \"no_such_function\"; treated as unknown");
  }

  @Test
  void data_http_sends_no_request_and_nothing_is_printed() throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ChangeSet cs;
      try {
        cs = HclKit.load(dir, """
            data "http" "ip" {
              url = "http://127.0.0.1:%d/ip"
            }
            resource "aws_instance" "web" {
              instance_type = "t3.micro"
              user_data     = data.http.ip.response_body
            }
            """.formatted(server.getLocalPort()));
      } finally {
        System.setOut(stdout);
      }
      assertThat(CorpusRoots.byAddress(cs).get("aws_instance.web").attributes().isUnknown("user_data")).isTrue();
      boolean connected;
      try {
        server.accept().close();
        connected = true;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertThat(connected).as("a connection reached the local server").isFalse();
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void for_expressions_filter_and_build_objects() throws Exception {
    String config = """
        locals {
          sizes = { web = "m5.large", db = "r5.large", cache = "t3.micro" }
        }
        """;
    assertThat(HclKit.eval(dir, config, "[for k, v in local.sizes : upper(k) if v != \"t3.micro\"]"))
        .isEqualTo(new Value.ListV(List.of(Value.of("DB"), Value.of("WEB"))));
    assertThat(HclKit.eval(dir, config, "{ for k, v in local.sizes : v => k... if k != \"db\" }").toString())
        .contains("m5.large=ListV[items=[web]]");
  }

  @Test
  void splats_legacy_splats_and_the_0_11_index_read_the_same_lists() throws Exception {
    String config = """
        locals {
          servers = [{ name = "a", ip = "1" }, { name = "b", ip = "2" }]
        }
        resource "aws_instance" "app" {
          count         = 2
          instance_type = "t3.micro"
        }
        """;
    assertThat(HclKit.eval(dir, config, "local.servers[*].name")).isEqualTo(new Value.ListV(List.of(Value.of("a"), Value.of("b"))));
    assertThat(HclKit.eval(dir, config, "local.servers.*.ip")).isEqualTo(new Value.ListV(List.of(Value.of("1"), Value.of("2"))));
    assertThat(HclKit.eval(dir, config, "local.servers.1.name")).isEqualTo(Value.of("b"));
    assertThat(HclKit.eval(dir, config, "aws_instance.app.*.instance_type"))
        .isEqualTo(new Value.ListV(List.of(Value.of("t3.micro"), Value.of("t3.micro"))));
    assertThat(HclKit.eval(dir, config, "length(aws_instance.app[*].id)")).isEqualTo(num(2));
    assertThat(HclKit.eval(dir, config, "aws_instance.app[0].id")).isEqualTo(Value.of("tollgate-computed:aws_instance.app[0].id"));
    assertThat(HclKit.eval(dir, config, "aws_instance.app[1].arn")).isEqualTo(Value.of("tollgate-computed:aws_instance.app[1].arn"));
    assertThat(HclKit.eval(dir, config, "aws_instance.app[0].private_ip")).isEqualTo(Value.UNKNOWN);
  }

  @Test
  void a_for_each_over_a_data_source_is_counted_once_with_a_note() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        data "aws_availability_zones" "available" {}
        resource "aws_nat_gateway" "az" {
          for_each  = toset(data.aws_availability_zones.available.names)
          subnet_id = "subnet-1"
        }
        """);
    assertThat(CorpusRoots.byAddress(cs)).containsOnlyKeys("aws_nat_gateway.az");
    assertThat(cs.notes()).contains(dir.resolve("main.tf") + ":2:1: aws_nat_gateway.az: its for_each is known only after apply; counted once");
  }

  @Test
  void a_configured_identifier_is_kept_and_a_google_resource_gets_a_self_link() throws Exception {
    String config = """
        resource "google_compute_instance_template" "tpl" {
          machine_type = "e2-small"
        }
        resource "aws_iam_role" "named" {
          name = "app"
          arn  = "arn:aws:iam::123456789012:role/app"
        }
        resource "azurerm_resource_group" "rg" {
          name     = "rg"
          location = "westeurope"
        }
        """;
    assertThat(HclKit.eval(dir, config, "google_compute_instance_template.tpl.self_link"))
        .isEqualTo(Value.of("tollgate-computed:google_compute_instance_template.tpl.self_link"));
    assertThat(HclKit.eval(dir, config, "aws_iam_role.named.arn")).isEqualTo(Value.of("arn:aws:iam::123456789012:role/app"));
    assertThat(HclKit.eval(dir, config, "azurerm_resource_group.rg.id")).isEqualTo(Value.of("tollgate-computed:azurerm_resource_group.rg.id"));
    assertThat(HclKit.eval(dir, config, "azurerm_resource_group.rg.arn")).isEqualTo(Value.UNKNOWN);
  }

  @Test
  void heredocs_keep_or_strip_indentation() throws Exception {
    assertThat(HclKit.eval(dir, "<<EOT\n  a\n    b\nEOT")).isEqualTo(Value.of("  a\n    b\n"));
    assertThat(HclKit.eval(dir, "<<-EOT\n    a ${1 + 1}\n      b\n    EOT")).isEqualTo(Value.of("a 2\n  b\n"));
  }

  @Test
  void terraform_0_11_syntax_reads_as_it_meant() throws Exception {
    String config = """
        variable "zones" {
          type    = "list"
          default = ["a", "b"]
        }
        """;
    assertThat(HclKit.eval(dir, config, "\"${var.zones}\"")).isEqualTo(new Value.ListV(List.of(Value.of("a"), Value.of("b"))));
    assertThat(HclKit.eval(dir, config, "[\"${var.zones}\"]")).isEqualTo(new Value.ListV(List.of(Value.of("a"), Value.of("b"))));
    assertThat(HclKit.eval(dir, config, "\"${length(var.zones)}\"")).isEqualTo(num(2));
    assertThat(HclKit.eval(dir, config, "\"n=${length(var.zones)}\"")).isEqualTo(Value.of("n=2"));
  }

  @Test
  void try_and_can_catch_errors_but_not_unknowns() throws Exception {
    assertThat(HclKit.eval(dir, "try(tonumber(\"x\"), 5)")).isEqualTo(num(5));
    assertThat(HclKit.eval(dir, "can(regex(\"^a\", \"abc\"))")).isEqualTo(Value.TRUE);
    assertThat(HclKit.eval(dir, "can(regex(\"^z\", \"abc\"))")).isEqualTo(Value.FALSE);
    assertThat(HclKit.eval(dir, "data \"x\" \"y\" {}", "try(data.x.y.id, \"fallback\")")).isEqualTo(Value.UNKNOWN);
    assertThat(HclKit.eval(dir, "max([3, 9, 1]...)")).isEqualTo(num(9));
    assertThat(HclKit.eval(dir, "merge([{ a = 1 }, { b = 2 }]...)").toString()).contains("a=1", "b=2");
  }

  @Test
  void nested_dynamic_blocks_become_lists_of_objects() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        locals {
          disks = { data = { size = 100, tags = ["a", "b"] }, logs = { size = 20, tags = [] } }
        }
        resource "aws_instance" "web" {
          instance_type = "m5.large"
          dynamic "ebs_block_device" {
            for_each = local.disks
            iterator = disk
            content {
              device_name = disk.key
              volume_size = disk.value.size
              dynamic "tag" {
                for_each = disk.value.tags
                content {
                  name = tag.value
                }
              }
            }
          }
        }
        """);
    var web = CorpusRoots.byAddress(cs).get("aws_instance.web").attributes();
    assertThat(web.blocks("ebs_block_device")).hasSize(2);
    assertThat(web.blocks("ebs_block_device").get(0).string("device_name")).contains("data");
    assertThat(web.blocks("ebs_block_device").get(0).number("volume_size")).contains(new BigDecimal("100"));
    assertThat(web.blocks("ebs_block_device").get(0).blocks("tag")).hasSize(2);
    assertThat(web.blocks("ebs_block_device").get(1).blocks("tag")).isEmpty();
  }

  @Test
  void for_each_over_sets_maps_and_maps_of_objects_keys_the_addresses() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        variable "envs" {
          type = map(object({ size = string, replicas = optional(number, 1) }))
          default = { prod = { size = "m5.large", replicas = 3 }, dev = { size = "t3.micro" } }
        }
        resource "aws_instance" "by_map" {
          for_each      = var.envs
          instance_type = each.value.size
          tags          = { Replicas = each.value.replicas, Env = each.key }
        }
        resource "aws_eip" "by_set" {
          for_each = toset(["b", "a", "b"])
          tags     = { Name = each.value }
        }
        moved {
          from = aws_instance.old
          to   = aws_instance.by_map
        }
        check "health" {
          assert {
            condition     = 1 == 1
            error_message = "never"
          }
        }
        import {
          to = aws_eip.by_set["a"]
          id = "eipalloc-1"
        }
        """);
    Map<String, Resource> r = CorpusRoots.byAddress(cs);
    assertThat(r).containsOnlyKeys("aws_instance.by_map[\"dev\"]", "aws_instance.by_map[\"prod\"]", "aws_eip.by_set[\"a\"]", "aws_eip.by_set[\"b\"]");
    assertThat(r.get("aws_instance.by_map[\"dev\"]").tags()).containsEntry("Replicas", "1").containsEntry("Env", "dev");
    assertThat(r.get("aws_instance.by_map[\"prod\"]").attributes().string("instance_type")).contains("m5.large");
  }

  @Test
  void modules_pass_inputs_and_outputs_and_their_addresses_carry_keys() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("modules/app"));
    java.nio.file.Files.writeString(dir.resolve("modules/app/main.tf"), """
        variable "size" {
          type = string
          validation {
            condition     = length(var.size) > 0
            error_message = "size is required"
          }
        }
        resource "aws_instance" "this" {
          instance_type = var.size
          lifecycle {
            precondition {
              condition     = var.size != ""
              error_message = "size"
            }
            postcondition {
              condition     = self.instance_type != ""
              error_message = "size"
            }
          }
        }
        output "size" {
          value = aws_instance.this.instance_type
        }
        """);
    ChangeSet cs = HclKit.load(dir, """
        module "app" {
          source   = "./modules/app"
          for_each = { a = "m5.large" }
          size     = each.value
        }
        module "copy" {
          source = "./modules/app"
          size   = module.app["a"].size
        }
        """);
    Map<String, Resource> r = CorpusRoots.byAddress(cs);
    assertThat(r).containsOnlyKeys("module.app[\"a\"].aws_instance.this", "module.copy.aws_instance.this");
    assertThat(r.get("module.copy.aws_instance.this").attributes().string("instance_type")).contains("m5.large");
  }

  @Test
  void templatefile_renders_interpolations_and_directives_with_only_its_variables() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("init.tftpl"), """
        #!/bin/sh
        %{ for name in names ~}
        echo ${upper(name)}
        %{ endfor ~}
        %{ if debug }set -x%{ else }set -e%{ endif }
        """);
    assertThat(HclKit.eval(dir, "templatefile(\"${path.module}/init.tftpl\", { names = [\"a\", \"b\"], debug = false })"))
        .isEqualTo(Value.of("#!/bin/sh\necho A\necho B\nset -e\n"));
  }

  @Test
  void tf_json_files_mix_with_tf_files_and_read_types_from_strings() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("vars.tf.json"), """
        {
          "variable": { "sizes": { "type": "list(string)", "default": ["m5.large", "t3.micro"] } },
          "locals": { "first": "${var.sizes[0]}" }
        }
        """);
    assertThat(HclKit.eval(dir, "local.first")).isEqualTo(Value.of("m5.large"));
    assertThat(HclKit.eval(dir, "length(var.sizes)")).isEqualTo(num(2));
  }

  @Test
  void aws_default_tags_are_merged_under_the_resource_s_own_tags() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        provider "aws" {
          region = "eu-west-1"
          default_tags {
            tags = { team = "web", env = "prod" }
          }
        }
        resource "aws_instance" "web" {
          instance_type = "t3.micro"
          tags          = { env = "staging" }
        }
        """);
    assertThat(CorpusRoots.byAddress(cs).get("aws_instance.web").tags()).isEqualTo(Map.of("team", "web", "env", "staging"));
  }

  @Test
  void tf_var_values_are_read_as_hcl_for_collection_types_and_as_text_for_strings() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("main.tf"), """
        variable "zones" {
          type = list(string)
        }
        variable "name" {
          type = string
        }
        resource "t" "x" {
          n    = length(var.zones)
          name = var.name
        }
        """);
    ChangeSet cs = new HclLoader(LoaderOptions.defaults().withRepoRoot(dir)
        .withEnv(Map.of("TF_VAR_zones", "[\"a\", \"b\", \"c\"]", "TF_VAR_name", "[not a list]", "TF_VAR_other", "x", "PATH", "/bin")))
        .load(dir);
    var x = CorpusRoots.byAddress(cs).get("t.x").attributes();
    assertThat(x.number("n")).contains(new BigDecimal("3"));
    assertThat(x.string("name")).contains("[not a list]");
    assertThat(cs.notes()).isEmpty();
  }

  @Test
  void a_provider_region_from_a_variable_without_value_is_assumed_and_said_so() throws Exception {
    ChangeSet cs = HclKit.load(dir, """
        variable "region" {}
        provider "aws" {
          region = var.region
        }
        resource "aws_instance" "web" {
          instance_type = "t3.micro"
        }
        """);
    var region = CorpusRoots.byAddress(cs).get("aws_instance.web").region();
    assertThat(region.code()).isEqualTo("us-east-1");
    assertThat(region.source()).isEqualTo(dev.tollgate.model.Region.Source.ASSUMED);
    assertThat(region.note()).isEqualTo("the aws provider's region is not known before apply (a variable without a value?); priced as us-east-1");
  }
}
