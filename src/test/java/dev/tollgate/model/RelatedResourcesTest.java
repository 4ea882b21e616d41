package dev.tollgate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pricers find the other resources of their side by configuration references, else by value. */
class RelatedResourcesTest {

  private static Resource resource(String address, String type, Map<String, Value> attrs) {
    return new Resource(address, type, "google", Region.of("us-central1", Region.Source.ATTRIBUTE), Attributes.of(attrs), Map.of(),
        Action.CREATE);
  }

  private static final Resource TEMPLATE = resource("google_compute_instance_template.t", "google_compute_instance_template",
      Map.of("id", Value.of("projects/p/global/instanceTemplates/t"), "name", Value.of("t")));
  private static final Resource OTHER_TEMPLATE = resource("google_compute_instance_template.u", "google_compute_instance_template",
      Map.of("id", Value.of("projects/p/global/instanceTemplates/u")));

  private static Resource group(String address, String templateValue) {
    return resource(address, "google_compute_instance_group_manager",
        Map.of("version", new Value.ListV(List.of(new Value.ObjV(Map.of("instance_template", Value.of(templateValue)))))));
  }

  @Test
  void a_configuration_reference_finds_the_template_even_when_its_id_is_known_only_after_apply() {
    Resource g = resource("google_compute_instance_group_manager.g", "google_compute_instance_group_manager", Map.of());
    References refs = new References(Map.of("google_compute_instance_group_manager.g",
        Map.of("version.instance_template", List.of("google_compute_instance_template.u"))));
    RelatedResources related = RelatedResources.of(List.of(TEMPLATE, OTHER_TEMPLATE, g), refs);

    assertThat(related.referencedBy(g, "version.instance_template", "google_compute_instance_template")).containsExactly(OTHER_TEMPLATE);
    // ...and the reverse: who refers to the template.
    assertThat(related.referencing(OTHER_TEMPLATE, "google_compute_instance_group_manager", "version.instance_template"))
        .containsExactly(g);
    assertThat(related.referencing(TEMPLATE, "google_compute_instance_group_manager", "version.instance_template")).isEmpty();
  }

  @Test
  void without_configuration_an_attribute_holding_the_templates_id_finds_it() {
    Resource g = group("google_compute_instance_group_manager.g", "projects/p/global/instanceTemplates/t");
    RelatedResources related = RelatedResources.of(List.of(TEMPLATE, OTHER_TEMPLATE, g), References.NONE);

    assertThat(related.referencedBy(g, "version.instance_template", "google_compute_instance_template")).containsExactly(TEMPLATE);
    assertThat(related.referencedBy(g, "version.instance_template", "google_compute_disk")).isEmpty();
    assertThat(RelatedResources.NONE.referencedBy(g, "version.instance_template", "google_compute_instance_template")).isEmpty();
  }

  @Test
  void a_replacing_view_answers_the_changed_copy_and_leaves_the_original_as_it_was() {
    Resource g = group("google_compute_instance_group_manager.g", "projects/p/global/instanceTemplates/t");
    RelatedResources related = RelatedResources.of(List.of(TEMPLATE, OTHER_TEMPLATE, g), References.NONE);
    Resource changed = resource(TEMPLATE.address(), TEMPLATE.type(), Map.of("id", Value.of("projects/p/global/instanceTemplates/t"),
        "name", Value.of("t"), "machine_type", Value.of("e2-standard-4")));

    RelatedResources view = related.replacing(changed);
    assertThat(view.referencedBy(g, "version.instance_template", "google_compute_instance_template")).containsExactly(changed);
    assertThat(view.withAttribute("google_compute_instance_template", "name", "t")).containsSame(changed);
    assertThat(view.referencing(changed, "google_compute_instance_group_manager", "version.instance_template")).containsExactly(g);
    assertThat(related.referencedBy(g, "version.instance_template", "google_compute_instance_template")).containsExactly(TEMPLATE);
  }

  @Test
  void a_counted_resource_refers_to_the_instance_with_its_own_index() {
    Resource a0 = resource("google_container_cluster.c[0]", "google_container_cluster", Map.of());
    Resource a1 = resource("google_container_cluster.c[1]", "google_container_cluster", Map.of());
    Resource pool1 = resource("google_container_node_pool.p[1]", "google_container_node_pool", Map.of());
    References refs = new References(Map.of("google_container_node_pool.p", Map.of("cluster", List.of("google_container_cluster.c"))));
    RelatedResources related = RelatedResources.of(List.of(a0, a1, pool1), refs);

    assertThat(related.referencedBy(pool1, "cluster", "google_container_cluster")).containsExactly(a1);
  }

  @Test
  void an_indexed_reference_names_one_instance() {
    Resource a0 = resource("google_compute_address.ip[0]", "google_compute_address", Map.of());
    Resource a1 = resource("google_compute_address.ip[1]", "google_compute_address", Map.of());
    Resource nat = resource("google_compute_router_nat.nat", "google_compute_router_nat", Map.of());
    References refs = new References(Map.of("google_compute_router_nat.nat", Map.of("nat_ips", List.of("google_compute_address.ip[1]"))));
    RelatedResources related = RelatedResources.of(List.of(a0, a1, nat), refs);

    assertThat(related.referencedBy(nat, "nat_ips", "google_compute_address")).containsExactly(a1);
    assertThat(related.referencing(a0, "google_compute_router_nat", "nat_ips")).isEmpty();
  }
}
