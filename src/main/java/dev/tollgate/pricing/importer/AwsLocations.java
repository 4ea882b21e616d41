package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * AWS price files name regions by location ({@code US East (N. Virginia)}); this maps them to codes
 * ({@code us-east-1}), Local and Wavelength Zones included, from lamngockhuong-aws-price's list.
 */
final class AwsLocations {

  static final String FILE = "lamngockhuong-aws-price/locations.json";

  private final Map<String, String> codes;

  private AwsLocations(Map<String, String> codes) {
    this.codes = codes;
  }

  static AwsLocations read(JsonNode json) {
    Map<String, String> codes = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = json.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      codes.put(e.getKey(), e.getValue().path("code").asText());
    }
    return new AwsLocations(codes);
  }

  Optional<String> code(String location) {
    return Optional.ofNullable(codes.get(location));
  }

  int size() {
    return codes.size();
  }
}
