package dev.tollgate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Region;
import dev.tollgate.model.References;
import dev.tollgate.model.Resource;
import dev.tollgate.support.Shared;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A plan's configuration says which resources refer to which, through module inputs and outputs too. */
class ConfigReferencesTest {

  /** A group manager in module "mig" whose template comes from module "tpl" through an output and an input. */
  private static final String MODULES = """
      {"format_version":"1.2","resource_changes":[],
       "configuration":{"root_module":{
         "resources":[{"address":"google_compute_router_nat.nat","mode":"managed","type":"google_compute_router_nat",
           "expressions":{"nat_ips":{"references":["google_compute_address.ip[0].self_link","google_compute_address.ip[0]","google_compute_address.ip"]},
                          "name":{"constant_value":"nat"},
                          "log_config":[{"filter":{"references":["data.google_x.y.filter","local.filter"]}}]}},
           {"address":"google_compute_instance.vm","mode":"managed","type":"google_compute_instance",
           "expressions":{"network_interface":[{"access_config":[{"nat_ip":{"references":["google_compute_address.ip[count.index].address"]}}]}]}}],
         "module_calls":{
           "tpl":{"source":"./tpl","module":{
             "outputs":{"self_link":{"expression":{"references":["google_compute_instance_template.t.self_link","google_compute_instance_template.t"]}}},
             "resources":[{"address":"google_compute_instance_template.t","mode":"managed","type":"google_compute_instance_template",
               "expressions":{"machine_type":{"constant_value":"e2-small"}}}]}},
           "mig":{"source":"./mig","expressions":{"instance_template":{"references":["module.tpl.self_link","module.tpl"]}},
             "module":{"resources":[{"address":"google_compute_region_instance_group_manager.m","mode":"managed",
               "type":"google_compute_region_instance_group_manager",
               "expressions":{"version":[{"instance_template":{"references":["var.instance_template"]}}],
                              "target_size":{"constant_value":2}}},
               {"address":"data.google_compute_zones.z","mode":"data","type":"google_compute_zones",
               "expressions":{"region":{"references":["var.region"]}}}]}}}}}}
      """;

  @Test
  void a_reference_through_a_module_input_and_another_modules_output_reaches_the_resource() throws Exception {
    ChangeSet c = new PlanReader().read("modules.json", MODULES.getBytes(StandardCharsets.UTF_8));
    References refs = c.references();

    assertThat(refs.of("module.mig.google_compute_region_instance_group_manager.m", "version.instance_template"))
        .containsExactly("module.tpl.google_compute_instance_template.t");
    // Indexed and whole-resource references are both kept; data sources and locals are not followed.
    assertThat(refs.of("google_compute_router_nat.nat", "nat_ips"))
        .containsExactly("google_compute_address.ip[0]", "google_compute_address.ip");
    assertThat(refs.of("google_compute_router_nat.nat")).containsOnlyKeys("nat_ips");
    // A computed index names the whole resource; the pricer picks the instance with the referrer's own index.
    assertThat(refs.of("google_compute_instance.vm", "network_interface.access_config.nat_ip")).containsExactly("google_compute_address.ip");
    // Constants refer to nothing, and data sources are not recorded at all.
    assertThat(refs.of("module.mig.google_compute_region_instance_group_manager.m", "target_size")).isEmpty();
    assertThat(refs.byResource()).doesNotContainKey("module.mig.data.google_compute_zones.z");
  }

  @Test
  void a_data_source_refers_to_what_its_arguments_refer_to() throws Exception {
    String plan = """
        {"format_version":"1.2","resource_changes":[],"configuration":{"root_module":{
          "resources":[{"address":"azurerm_resource_group.main","mode":"managed","type":"azurerm_resource_group",
            "expressions":{"location":{"constant_value":"northeurope"}}}],
          "module_calls":{"vm":{"expressions":{"resource_group_name":{"references":["azurerm_resource_group.main.name","azurerm_resource_group.main"]}},
            "module":{"resources":[
              {"address":"data.azurerm_resource_group.rg","mode":"data","type":"azurerm_resource_group",
               "expressions":{"name":{"references":["var.resource_group_name"]}}},
              {"address":"azurerm_linux_virtual_machine.vm","mode":"managed","type":"azurerm_linux_virtual_machine",
               "expressions":{"location":{"references":["data.azurerm_resource_group.rg.location","data.azurerm_resource_group.rg"]}}}]}}}}}}
        """;
    References refs = new PlanReader().read("data.json", plan.getBytes(StandardCharsets.UTF_8)).references();
    assertThat(refs.of("module.vm.azurerm_linux_virtual_machine.vm", "location")).containsExactly("azurerm_resource_group.main");
  }

  @Test
  void an_azure_vm_without_a_location_runs_where_the_resource_group_it_takes_its_location_from_is() throws Exception {
    ChangeSet c = new PlanReader().read(Shared.path("corpus/plans/terraform-compliance__issue_294_azure_vms_module.json"));
    Resource vm = c.changes().stream().filter(x -> x.address().equals("module.windowsservers-pass.azurerm_virtual_machine.vm-windows[0]"))
        .findFirst().orElseThrow().after().orElseThrow();

    assertThat(vm.region().code()).isEqualTo("northeurope");
    assertThat(vm.region().source()).isEqualTo(Region.Source.RELATED);
    assertThat(vm.region().note()).isEqualTo("the region of azurerm_resource_group.main");
    // A resource that states its own location keeps it.
    Resource group = c.changes().get(0).after().orElseThrow();
    assertThat(group.region().source()).isEqualTo(Region.Source.ATTRIBUTE);
  }

  @Test
  void a_plan_without_configuration_refers_to_nothing() throws Exception {
    ChangeSet c = new PlanReader().read("bare.json", "{\"format_version\":\"1.2\",\"resource_changes\":[]}".getBytes(StandardCharsets.UTF_8));
    assertThat(c.references().byResource()).isEmpty();
  }
}
