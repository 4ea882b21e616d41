package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * AWS price files name regions by location ({@code US East (N. Virginia)}); this maps them to codes
 * ({@code us-east-1}), Local and Wavelength Zones included, from lamngockhuong-aws-price's list, and
 * knows each location's type in Price List words ({@code AWS Region}, {@code AWS Local Zone},
 * {@code AWS Wavelength Zone}). The pseudo-location {@code Any} (global rates) is region
 * {@code global}.
 */
public final class AwsLocations {

  static final String FILE = "lamngockhuong-aws-price/locations.json";
  public static final String ANY = "Any";
  public static final String GLOBAL = "global";

  private final Map<String, String> codes;
  private final Map<String, String> types;

  private AwsLocations(Map<String, String> codes, Map<String, String> types) {
    this.codes = codes;
    this.types = types;
  }

  public static AwsLocations read(JsonNode json) {
    Map<String, String> codes = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = json.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      codes.put(e.getKey(), e.getValue().path("code").asText());
      String type = e.getValue().path("type").asText("AWS Region");
      types.put(e.getKey(), type.startsWith("AWS ") ? type : "AWS " + type);
    }
    codes.put(ANY, GLOBAL);
    types.put(ANY, "AWS Region");
    // s3.json has a location named "" holding global rates, like Any.
    codes.put("", GLOBAL);
    types.put("", "AWS Region");
    return new AwsLocations(codes, types);
  }

  public Optional<String> code(String location) {
    return Optional.ofNullable(codes.get(location));
  }

  String type(String location) {
    return types.getOrDefault(location, "AWS Region");
  }

  /** The location name of a region code, for going back from the catalog to a raw file. */
  public Optional<String> location(String code) {
    return codes.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
        .sorted().findFirst();
  }

  int size() {
    return codes.size();
  }
}
