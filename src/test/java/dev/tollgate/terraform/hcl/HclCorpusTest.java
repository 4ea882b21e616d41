package dev.tollgate.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Action;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every root module of the HCL corpus (../shared/corpus/SOURCES.md) evaluates without a fatal error
 * into the resources Terraform would create, counted by type. Registry modules that are not in the
 * repository are left out, with a note; so are resources whose count depends on data sources.
 */
class HclCorpusTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "learn-terraform-provision-eks-cluster | random_string=1",
      "learn-terraform-provision-gke-cluster | google_compute_network=1, google_compute_subnetwork=1, google_container_cluster=1, google_container_node_pool=1",
      "learn-terraform-provision-aks-cluster | azurerm_kubernetes_cluster=1, azurerm_resource_group=1, random_pet=1",
      "learn-terraform-variables | aws_instance=2, random_string=1",
      "learn-terraform-for-each | aws_instance=2, random_string=1",
      "learn-terraform-rds | aws_db_instance=1, aws_db_parameter_group=1, aws_db_subnet_group=1, aws_security_group=1",
      "learn-terraform-aws-asg | aws_autoscaling_attachment=1, aws_autoscaling_group=1, aws_launch_configuration=1, aws_lb=1, aws_lb_listener=1, aws_lb_target_group=1, aws_security_group=2",
      "terraform-aws-ec2-instance/examples/complete | aws_ebs_volume=2, aws_ec2_capacity_reservation=2, aws_ec2_tag=3, aws_eip=1, aws_iam_instance_profile=1, aws_iam_role=1, aws_iam_role_policy_attachment=1, aws_instance=12, aws_kms_key=1, aws_network_interface=1, aws_placement_group=1, aws_security_group=12, aws_spot_instance_request=1, aws_volume_attachment=2, aws_vpc_security_group_egress_rule=24, random_string=1",
      "terraform-aws-rds/examples/complete-postgres | aws_cloudwatch_log_group=2, aws_db_instance=2, aws_db_instance_automated_backups_replication=1, aws_db_parameter_group=1, aws_iam_role=1, aws_iam_role_policy_attachment=1, aws_secretsmanager_secret_rotation=1, random_id=1",
      "terraform-aws-rds/examples/cross-region-replica-postgres | aws_db_instance=2, aws_db_parameter_group=1",
      "terraform-aws-vpc/examples/simple | aws_default_network_acl=1, aws_default_route_table=1, aws_default_security_group=1, aws_route_table=1, aws_route_table_association=1, aws_subnet=1, aws_vpc=1",
      "terraform-aws-vpc/examples/complete | aws_customer_gateway=3, aws_eip=1, aws_elasticache_subnet_group=1, aws_internet_gateway=1, aws_nat_gateway=1, aws_redshift_subnet_group=1, aws_route=2, aws_route_table=3, aws_route_table_association=6, aws_security_group=2, aws_security_group_rule=1, aws_subnet=6, aws_vpc=1, aws_vpc_dhcp_options=1, aws_vpc_dhcp_options_association=1, aws_vpc_endpoint=6, aws_vpn_gateway=1",
      "terraform-google-vm/examples/compute_instance/simple | google_compute_instance_from_template=1, google_compute_instance_template=1, google_service_account=1",
      "terraform-google-vm/examples/instance_template/simple | google_compute_address=1, google_compute_instance_template=1, google_service_account=1",
      "terraform-google-vm/examples/mig/autoscaler | google_compute_instance_template=1, google_compute_region_autoscaler=1, google_compute_region_instance_group_manager=1, google_service_account=1",
      "terraform-azurerm-compute/examples/complete | azurerm_availability_set=4, azurerm_key_vault=1, azurerm_key_vault_access_policy=3, azurerm_key_vault_certificate=1, azurerm_key_vault_key=1, azurerm_managed_disk=3, azurerm_network_interface=4, azurerm_network_interface_security_group_association=4, azurerm_network_security_group=4, azurerm_network_security_rule=1, azurerm_public_ip=4, azurerm_resource_group=1, azurerm_storage_account=1, azurerm_subnet=3, azurerm_user_assigned_identity=2, azurerm_virtual_machine=4, azurerm_virtual_machine_data_disk_attachment=3, azurerm_virtual_network=1, random_id=5, random_password=1, random_string=1",
      "infracost-hcl-testdata/breakdown_terraform_directory_with_default_var_files | aws_instance=1",
      "infracost-hcl-testdata/hclmulti_var_files | aws_instance=1, aws_lambda_function=1",
      "infracost-hcl-testdata/breakdown_with_optional_variables | aws_eip=8",
      "infracost-hcl-testdata/hclprovider_alias | aws_nat_gateway=2, aws_subnet=1, aws_vpc=1",
      "infracost-hcl-testdata/breakdown_terraform_directory_with_recursive_modules | aws_instance=11, aws_lambda_function=1",
      "infracost-hcl-testdata/breakdown_terraform_tfjson | aws_instance=1, aws_lambda_function=1",
      "infracost-pricing-testdata/google/testdata/compute_instance_test | google_compute_instance=19",
      "infracost-pricing-testdata/azure/testdata/linux_virtual_machine_test | azurerm_linux_virtual_machine=8",
  })
  void every_corpus_root_evaluates_to_its_resources(String root, String expected) throws Exception {
    ChangeSet cs = CorpusRoots.load(root);
    assertThat(cs.type()).isEqualTo("terraform_dir");
    assertThat(CorpusRoots.countsByType(cs)).isEqualTo(expected);
    // Every address with its region, against test-fixtures/hcl-corpus/ (-Dtollgate.update-goldens=true rewrites them).
    String addresses = cs.changes().stream()
        .map(c -> c.address() + "  " + c.after().orElseThrow().region().code() + " (" + c.after().orElseThrow().region().source() + ")")
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    java.nio.file.Path golden = dev.tollgate.support.Fixtures.path("hcl-corpus/" + root.replace('/', '_') + ".txt");
    if (Boolean.getBoolean("tollgate.update-goldens")) {
      java.nio.file.Files.createDirectories(golden.getParent());
      java.nio.file.Files.writeString(golden, addresses);
    }
    assertThat(addresses).isEqualTo(java.nio.file.Files.readString(golden));
    assertThat(cs.changes()).allSatisfy(c -> {
      assertThat(c.action()).isEqualTo(Action.CREATE);
      assertThat(c.after()).isPresent();
      assertThat(c.before()).isEmpty();
    });
  }

  @Test
  void for_each_tutorial_counts_its_two_app_instances_and_notes_the_registry_modules() throws Exception {
    ChangeSet cs = CorpusRoots.load("learn-terraform-for-each");
    Map<String, Resource> r = CorpusRoots.byAddress(cs);
    assertThat(r).containsKeys("aws_instance.app[0]", "aws_instance.app[1]", "random_string.lb_id");
    Attributes app = r.get("aws_instance.app[1]").attributes();
    assertThat(app.string("instance_type")).contains("t2.micro");
    assertThat(r.get("aws_instance.app[0]").region()).isEqualTo(Region.of("us-east-2", Region.Source.PROVIDER_CONFIG));
    // The <<-EOF heredoc loses its indentation.
    assertThat(app.string("user_data").orElseThrow()).startsWith("#!/bin/bash\n");
    assertThat(cs.notes()).anyMatch(n -> n.contains("module.vpc: source \"terraform-aws-modules/vpc/aws\" is not in the repository"));
  }

  @Test
  void gke_node_pool_has_var_gke_num_nodes_nodes_from_its_default() throws Exception {
    Map<String, Resource> r = CorpusRoots.byAddress(CorpusRoots.load("learn-terraform-provision-gke-cluster"));
    Resource pool = r.get("google_container_node_pool.primary_nodes");
    assertThat(pool.attributes().number("node_count")).contains(new BigDecimal("2"));
    assertThat(pool.attributes().block("node_config").orElseThrow().string("machine_type")).contains("n1-standard-1");
    assertThat(pool.region()).isEqualTo(Region.of("us-central1", Region.Source.ATTRIBUTE));
    assertThat(r.get("google_container_cluster.primary").attributes().string("name")).contains("REPLACE_ME-gke");
  }

  @Test
  void aks_display_name_location_is_priced_as_westus2() throws Exception {
    Map<String, Resource> r = CorpusRoots.byAddress(CorpusRoots.load("learn-terraform-provision-aks-cluster"));
    Resource aks = r.get("azurerm_kubernetes_cluster.default");
    assertThat(aks.attributes().string("location")).contains("West US 2");
    assertThat(aks.region()).isEqualTo(Region.of("westus2", Region.Source.ATTRIBUTE));
    Attributes pool = aks.attributes().block("default_node_pool").orElseThrow();
    assertThat(pool.number("node_count")).contains(new BigDecimal("2"));
    assertThat(pool.string("vm_size")).contains("Standard_D2_v2");
  }

  @Test
  void asg_tutorial_survives_its_missing_user_data_script() throws Exception {
    ChangeSet cs = CorpusRoots.load("learn-terraform-aws-asg");
    Resource lc = CorpusRoots.byAddress(cs).get("aws_launch_configuration.terramino");
    assertThat(lc.attributes().isUnknown("user_data")).isTrue();
    assertThat(lc.attributes().string("instance_type")).contains("t2.micro");
    assertThat(cs.notes()).anyMatch(n -> n.matches(".*main.tf:45:\\d+: no such file \"user-data.sh\" in the repository; treated as unknown"));
    Resource asg = CorpusRoots.byAddress(cs).get("aws_autoscaling_group.terramino");
    assertThat(asg.attributes().number("desired_capacity")).contains(BigDecimal.ONE);
    assertThat(asg.attributes().number("max_size")).contains(new BigDecimal("3"));
  }

  @Test
  void cross_region_replica_carries_both_regions_through_provider_aliases() throws Exception {
    Map<String, Resource> r = CorpusRoots.byAddress(CorpusRoots.load("terraform-aws-rds/examples/cross-region-replica-postgres"));
    assertThat(r.get("module.master.module.db_instance.aws_db_instance.this[0]").region().code()).isEqualTo("eu-west-1");
    Resource replica = r.get("module.replica.module.db_instance.aws_db_instance.this[0]");
    assertThat(replica.region().code()).isEqualTo("eu-central-1");
    assertThat(replica.attributes().string("instance_class")).contains("db.t4g.large");
  }

  @Test
  void registry_source_of_the_same_repository_is_read_from_its_folder() throws Exception {
    ChangeSet cs = CorpusRoots.load("terraform-google-vm/examples/mig/autoscaler");
    assertThat(cs.notes()).anyMatch(n -> n.contains("registry module \"terraform-google-modules/vm/google//modules/mig\" read from this repository's copy"));
    assertThat(CorpusRoots.byAddress(cs)).containsKey("module.mig.google_compute_region_instance_group_manager.mig");
  }

  @Test
  void a_map_whose_values_hold_computed_identifiers_expands_by_its_keys_and_is_not_null() throws Exception {
    // ebs_volumes = { "/dev/sdf" = { kms_key_id = aws_kms_key.this.arn, ... } }: the keys are known, and
    // network_interface = { ... aws_network_interface.this.id } is not null, so that instance makes no
    // security group of its own, as Terraform plans it.
    ChangeSet cs = CorpusRoots.load("terraform-aws-ec2-instance/examples/complete");
    Map<String, Resource> r = CorpusRoots.byAddress(cs);
    assertThat(r).containsKey("module.ec2_complete.aws_ebs_volume.this[\"/dev/sdf\"]");
    assertThat(r.get("module.ec2_complete.aws_ebs_volume.this[\"/dev/sdf\"]").attributes().string("kms_key_id"))
        .contains("tollgate-computed:aws_kms_key.this.arn");
    assertThat(r).doesNotContainKey("module.ec2_network_interface.aws_security_group.this[0]")
        .containsKey("module.ec2_complete.aws_security_group.this[0]");
    assertThat(r.get("module.ec2_multiple[\"two\"].aws_instance.this[0]").attributes().string("instance_type"))
        .contains("t3.small");
  }
}
