package dev.tollgate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.References;
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
                          "log_config":[{"filter":{"references":["data.google_x.y.filter","local.filter"]}}]}}],
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
    // Constants refer to nothing, and data sources are not recorded at all.
    assertThat(refs.of("module.mig.google_compute_region_instance_group_manager.m", "target_size")).isEmpty();
    assertThat(refs.byResource()).doesNotContainKey("module.mig.data.google_compute_zones.z");
  }

  @Test
  void a_plan_without_configuration_refers_to_nothing() throws Exception {
    ChangeSet c = new PlanReader().read("bare.json", "{\"format_version\":\"1.2\",\"resource_changes\":[]}".getBytes(StandardCharsets.UTF_8));
    assertThat(c.references().byResource()).isEmpty();
  }
}
