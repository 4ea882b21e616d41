package dev.tollgate.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.model.Action;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.pricing.FreeResources;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.UnsupportedResources;
import dev.tollgate.support.Shared;
import dev.tollgate.terraform.PlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every AWS resource type of the corpus (the managed resources of its plans, the {@code resource}
 * blocks of its {@code .tf} and {@code .tf.json} files) is priced, known to be free, or listed as not
 * supported with its reason; and the three lists never claim the same type.
 */
class AwsCoverageTest {

  private static final Pattern RESOURCE_BLOCK = Pattern.compile("(?m)^\\s*resource\\s+\"([A-Za-z0-9_-]+)\"");

  @Test
  void every_aws_type_in_the_corpus_is_priced_free_or_unsupported_with_a_reason() throws Exception {
    Set<String> priced = pricedTypes();
    TreeMap<String, String> uncovered = new TreeMap<>();
    Set<String> corpus = corpusAwsTypes();
    for (String type : corpus) {
      if (!priced.contains(type) && !FreeResources.isFree(type) && UnsupportedResources.reason(type).isEmpty()) {
        uncovered.put(type, "neither priced, free nor listed in unsupported/aws.txt");
      }
    }
    assertThat(uncovered).isEmpty();
    // The corpus really was read: its plans and HCL name these types.
    assertThat(corpus).contains("aws_instance", "aws_db_instance", "aws_nat_gateway", "aws_autoscaling_group",
        "aws_lambda_function", "aws_s3_bucket", "aws_elb", "aws_ec2_capacity_reservation");
    assertThat(corpus.size()).isGreaterThanOrEqualTo(70);
  }

  @Test
  void at_least_45_aws_types_are_priced_and_none_is_also_free_or_unsupported() {
    Set<String> priced = pricedTypes();
    assertThat(AwsPricers.ALL).hasSizeGreaterThanOrEqualTo(45);
    assertThat(priced).hasSameSizeAs(AwsPricers.ALL).allMatch(t -> t.startsWith("aws_"));
    assertThat(priced).doesNotContainAnyElementsOf(FreeResources.types());
    assertThat(priced).doesNotContainAnyElementsOf(UnsupportedResources.all().keySet());
    assertThat(FreeResources.types()).doesNotContainAnyElementsOf(UnsupportedResources.all().keySet());
  }

  @Test
  void the_aws_list_is_sorted_by_type() {
    List<String> types = AwsPricers.ALL.stream().map(Pricer::resourceType).toList();
    assertThat(types).isSorted().doesNotHaveDuplicates();
  }

  private static Set<String> pricedTypes() {
    Set<String> out = new TreeSet<>();
    AwsPricers.ALL.forEach(p -> out.add(p.resourceType()));
    return out;
  }

  /** The managed AWS resource types of every corpus plan, .tf and .tf.json file. */
  static Set<String> corpusAwsTypes() throws Exception {
    Path corpus = Shared.path("corpus");
    Set<String> types = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      s.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (f.startsWith(corpus.resolve("plans")) && name.endsWith(".json")) {
        ChangeSet changes = new PlanReader().read(f);
        changes.changes().stream().filter(c -> c.action() != Action.READ).forEach(c -> types.add(c.type()));
      } else if (name.endsWith(".tf.json")) {
        tfJsonTypes(f, types);
      } else if (name.endsWith(".tf")) {
        Matcher m = RESOURCE_BLOCK.matcher(Files.readString(f));
        while (m.find()) {
          types.add(m.group(1));
        }
      }
    }
    types.removeIf(t -> !t.startsWith("aws_"));
    return types;
  }

  private static void tfJsonTypes(Path f, Set<String> types) throws IOException {
    JsonNode resource = new ObjectMapper().readTree(f.toFile()).path("resource");
    List<JsonNode> blocks = new ArrayList<>();
    if (resource.isArray()) {
      resource.forEach(blocks::add);
    } else if (resource.isObject()) {
      blocks.add(resource);
    }
    blocks.forEach(b -> b.fieldNames().forEachRemaining(types::add));
  }
}
