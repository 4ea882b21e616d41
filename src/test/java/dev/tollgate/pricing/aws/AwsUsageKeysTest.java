package dev.tollgate.pricing.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.UsageKey;
import dev.tollgate.support.Shared;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Usage files written for Infracost work with Tollgate: every usage key an AWS pricer declares for a
 * type Infracost's example usage file shows is one of the keys that file uses for that type.
 */
class AwsUsageKeysTest {

  @Test
  void aws_pricers_read_the_usage_keys_infracost_documents() throws Exception {
    JsonNode root = new ObjectMapper(new YAMLFactory())
        .readTree(Shared.path("reference/infracost/infracost/infracost-usage-example.yml").toFile());
    Map<String, Set<String>> documented = new TreeMap<>();
    root.path("resource_usage").fields().forEachRemaining(e -> {
      Set<String> keys = documented.computeIfAbsent(e.getKey().substring(0, e.getKey().indexOf('.')), k -> new TreeSet<>());
      e.getValue().fieldNames().forEachRemaining(keys::add);
    });
    Map<String, Set<String>> undocumented = new TreeMap<>();
    int checked = 0;
    for (Pricer p : AwsPricers.ALL) {
      Set<String> keys = documented.get(p.resourceType());
      if (keys == null) {
        continue;
      }
      checked++;
      for (UsageKey k : p.usageKeys()) {
        if (!keys.contains(k.key())) {
          undocumented.computeIfAbsent(p.resourceType(), t -> new TreeSet<>()).add(k.key());
        }
      }
    }
    assertThat(undocumented).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(40);
  }
}
