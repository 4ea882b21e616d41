package dev.tollgate.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Action;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.References;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an AWS pricer finds a related resource: by configuration reference first, then by a linking attribute. */
class RelatedTest {

  private static Resource resource(String address, String type, Map<String, Value> attrs) {
    return new Resource(address, type, "aws", Region.of("us-east-1", Region.Source.PROVIDER_CONFIG),
        Attributes.of(attrs), Map.of(), Action.CREATE);
  }

  @Test
  void a_reference_finds_the_target_with_the_same_instance_key() {
    Resource lt0 = resource("aws_launch_template.lt[0]", "aws_launch_template", Map.of("instance_type", Value.of("m5.large")));
    Resource lt1 = resource("aws_launch_template.lt[1]", "aws_launch_template", Map.of("instance_type", Value.of("c5.large")));
    Resource asg1 = resource("aws_autoscaling_group.asg[1]", "aws_autoscaling_group", Map.of());
    RelatedResources related = RelatedResources.of(List.of(lt0, lt1, asg1),
        new References(Map.of("aws_autoscaling_group.asg", Map.of("launch_template", List.of("aws_launch_template.lt")))));
    assertThat(related.first(asg1, "launch_template", "aws_launch_template")).contains(lt1);
    assertThat(related.first(asg1, "launch_template", "aws_launch_configuration")).isEmpty();
    assertThat(related.first(asg1, "mixed_instances_policy", "aws_launch_template")).isEmpty();
  }

  @Test
  void a_known_linking_value_finds_the_target_without_a_reference() {
    Resource lc = resource("aws_launch_configuration.web", "aws_launch_configuration", Map.of("name", Value.of("web-lc")));
    RelatedResources related = RelatedResources.of(List.of(lc), References.NONE);
    assertThat(related.withAttribute("aws_launch_configuration", "name", "web-lc")).contains(lc);
    assertThat(related.withAttribute("aws_launch_configuration", "name", "other")).isEmpty();
    assertThat(related.withAttribute("aws_launch_configuration", "name", "")).isEmpty();
    assertThat(RelatedResources.NONE.withAttribute("aws_launch_configuration", "name", "web-lc")).isEmpty();
  }
}
