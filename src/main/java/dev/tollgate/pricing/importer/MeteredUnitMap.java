package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rates of one AWS meteredUnitMap file the way SOURCES.md says they must be read: only
 * described rates (a key that differs from its {@code RegionlessRateCode}; hash-only keys are the
 * same rates again), set members labelled by their set's name, and each {@code rateCode} once per
 * location, a described key winning over a set member that repeats it.
 */
final class MeteredUnitMap {

  /** One rate of one location: its key in the file, the label rules match, and its entry. */
  record Rate(String location, String key, String label, JsonNode entry) {
    String price() {
      return entry.path("price").asText();
    }

    String field(String name) {
      JsonNode v = entry.get(name);
      return v == null || v.isNull() ? null : v.asText();
    }
  }

  private MeteredUnitMap() {}

  static String publicationDate(JsonNode json) {
    return CatalogBuilder.date(json.path("manifest").path("hawkFilePublicationDate").asText());
  }

  static List<Rate> rates(JsonNode json) {
    Map<String, String> setOf = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> sets = json.path("sets").fields();
    while (sets.hasNext()) {
      Map.Entry<String, JsonNode> s = sets.next();
      JsonNode members = s.getValue();
      if (members.isArray()) {
        members.forEach(m -> setOf.putIfAbsent(m.asText(), s.getKey()));
      } else {
        members.fieldNames().forEachRemaining(m -> setOf.putIfAbsent(m, s.getKey()));
      }
    }
    List<Rate> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> locations = json.path("regions").fields();
    while (locations.hasNext()) {
      Map.Entry<String, JsonNode> location = locations.next();
      List<Rate> members = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Iterator<Map.Entry<String, JsonNode>> entries = location.getValue().fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> e = entries.next();
        String key = e.getKey();
        JsonNode entry = e.getValue();
        if (!entry.has("price")) {
          continue;
        }
        String set = setOf.get(key);
        if (set != null) {
          members.add(new Rate(location.getKey(), key, set, entry));
        } else if (!key.equals(entry.path("RegionlessRateCode").asText())) {
          if (seen.add(rateCode(entry, key))) {
            out.add(new Rate(location.getKey(), key, key, entry));
          }
        }
      }
      for (Rate m : members) {
        if (seen.add(rateCode(m.entry(), m.key()))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static String rateCode(JsonNode entry, String key) {
    String code = entry.path("rateCode").asText("");
    return code.isEmpty() ? "key:" + key : code;
  }
}
