package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * v0rts-aws-price-watcher's processed digests ({@code es}, {@code backup}, {@code memorydb}):
 * {@code {metric: {"<location>[ (<attr>: <value>, ...)]": price}}}, no manifest and no units. The
 * location's attribute suffix is found by its trailing {@code (... : ...)} group, since it can
 * itself hold parentheses ({@code (To Location: EU (Ireland))}). A rate's source key is
 * {@code <metric> @ <location string>}.
 */
final class ProcessedDigests {

  static final String KEY_SEPARATOR = " @ ";
  /** The digests have no manifest; their date is the commit date SOURCES.md gives. */
  private static final Map<String, String> DATES = Map.of(
      "v0rts-aws-price-watcher/processed/es.json", "2025-12-03",
      "v0rts-aws-price-watcher/processed/backup.json", "2025-11-10",
      "v0rts-aws-price-watcher/processed/memorydb.json", "2025-09-16");

  private ProcessedDigests() {}

  /** A digest location string split into the AWS location name and the attributes after it. */
  record Location(String name, Map<String, String> attributes) {}

  static Location parseLocation(String s) {
    Map<String, String> attrs = new LinkedHashMap<>();
    String name = s;
    if (s.endsWith(")")) {
      int depth = 0;
      for (int i = s.length() - 1; i >= 0; i--) {
        char c = s.charAt(i);
        depth += c == ')' ? 1 : c == '(' ? -1 : 0;
        if (depth == 0) {
          String inside = s.substring(i + 1, s.length() - 1);
          if (inside.contains(": ") && i > 0 && s.charAt(i - 1) == ' ') {
            name = s.substring(0, i - 1);
            for (String kv : splitTop(inside)) {
              int colon = kv.indexOf(": ");
              if (colon > 0) {
                attrs.put(kv.substring(0, colon).trim(), kv.substring(colon + 2).trim());
              }
            }
          }
          break;
        }
      }
    }
    return new Location(name, attrs);
  }

  private static java.util.List<String> splitTop(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  static void importFile(CatalogBuilder into, AwsRateRules.FileRules rules) throws IOException {
    JsonNode json = into.json(rules.file());
    int source = into.source(rules.file(), rules.origin(), DATES.getOrDefault(rules.file(), "unknown"));
    AwsLocations locations = into.awsLocations();
    Iterator<Map.Entry<String, JsonNode>> metrics = json.fields();
    while (metrics.hasNext()) {
      Map.Entry<String, JsonNode> metric = metrics.next();
      if (AwsRateRules.skipped(rules, metric.getKey())) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> values = metric.getValue().fields();
      while (values.hasNext()) {
        Map.Entry<String, JsonNode> v = values.next();
        Location loc = parseLocation(v.getKey());
        String region = locations.code(loc.name())
            .orElseThrow(() -> new IOException(rules.file() + ": unknown AWS location " + loc.name()));
        BigDecimal usd = new BigDecimal(v.getValue().asText());
        if (MeteredUnitMapImporter.isFreeTier(metric.getKey(), usd)) {
          into.skipFreeTier();
          continue;
        }
        com.fasterxml.jackson.databind.node.ObjectNode entry = CatalogBuilder.JSON.createObjectNode();
        entry.put("price", v.getValue().asText());
        loc.attributes().forEach(entry::put);
        MeteredUnitMap.Rate rate = new MeteredUnitMap.Rate(loc.name(), metric.getKey() + KEY_SEPARATOR + v.getKey(),
            metric.getKey(), entry);
        into.add(MeteredUnitMapImporter.price(rules, rate, region, usd, locations.type(loc.name()), source));
      }
    }
  }
}
