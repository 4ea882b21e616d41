package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Goes back from a catalog price to the raw value in its source file, by source file, source key
 * and region, reading each format independently of the importers' own code paths where it can.
 */
final class RawSources {

  private final Path root;
  private final Map<String, JsonNode> json = new HashMap<>();
  private final Map<String, List<String>> lines = new HashMap<>();
  private Map<String, String> terracost;
  private AwsLocations locations;

  RawSources(Path root) {
    this.root = root;
  }

  /** The raw price text for a catalog price, or null if the key is not in the file. */
  String raw(CatalogSource source, CatalogPrice p) throws IOException {
    String file = source.file();
    String key = p.sourceKey();
    if (file.equals(TerracostImporter.FILE)) {
      return terracost().get(key.substring(TerracostImporter.KEY_PREFIX.length()));
    }
    if (file.endsWith(".csv")) {
      List<String> l = lines(file);
      if (file.equals(KarpenterAwsImporter.FILE)) {
        return l.stream().map(s -> s.split(",")).filter(f -> f[0].equals(p.region()) && f[1].equals(key))
            .map(f -> f[2]).findFirst().orElse(null);
      }
      String[] f = l.get(Integer.parseInt(key.substring("line ".length())) - 1).split(",");
      return f[0].equals(p.region()) ? f[2] : null;
    }
    if (file.endsWith(".yml")) {
      JsonNode n = json(file);
      for (String part : key.split("\\.")) {
        n = n.path(part);
      }
      return n.isMissingNode() ? null : n.asText();
    }
    if (file.contains("/processed/")) {
      int at = key.indexOf(ProcessedDigests.KEY_SEPARATOR);
      JsonNode n = json(file).path(key.substring(0, at)).path(key.substring(at + ProcessedDigests.KEY_SEPARATOR.length()));
      return n.isMissingNode() ? null : n.asText();
    }
    if (file.startsWith(AndyDiericksImporter.FOLDER)) {
      boolean plan = key.endsWith(AndyDiericksImporter.SAVINGS_PLAN);
      JsonNode item = json(file).path(plan ? key.substring(0, key.length() - AndyDiericksImporter.SAVINGS_PLAN.length()) : key);
      return item.isMissingNode() ? null : item.path(plan ? "savingsPlanPrice" : "retailPrice").asText();
    }
    if (file.startsWith("flexera-policy-templates/azure/")) {
      JsonNode n = json(file);
      String[] parts = key.split("\\.");
      if (file.endsWith("azure_linux_license_pricing.json")) {
        return n.path(parts[0]).path(key.substring(parts[0].length() + 1, key.lastIndexOf('.')))
            .path(parts[parts.length - 1]).asText(null);
      }
      for (String part : parts) {
        n = n.path(part);
      }
      return file.endsWith("azure_md_pricing.json") ? n.path("pricePerUnit").asText(null)
          : n.has("unitPrice") ? n.path("unitPrice").asText() : n.asText(null);
    }
    // An AWS meteredUnitMap file: regions[<location name>][<key>].price.
    JsonNode regions = json(file).path("regions");
    for (String location : locationsOf(p)) {
      JsonNode entry = regions.path(location).path(key);
      if (!entry.isMissingNode()) {
        return entry.path("price").asText();
      }
    }
    return null;
  }

  private List<String> locationsOf(CatalogPrice p) throws IOException {
    if (p.attributes().containsKey("fromLocation")) {
      return List.of(p.attribute("fromLocation"));
    }
    if (p.region().equals(AwsLocations.GLOBAL)) {
      return List.of(AwsLocations.ANY, "");
    }
    if (locations == null) {
      locations = AwsLocations.read(json(AwsLocations.FILE));
    }
    return List.of(locations.location(p.region()).orElseThrow());
  }

  private JsonNode json(String file) throws IOException {
    JsonNode n = json.get(file);
    if (n == null) {
      try (InputStream in = Files.newInputStream(root.resolve(file))) {
        if (file.endsWith(".yml")) {
          LoaderOptions o = new LoaderOptions();
          o.setCodePointLimit(64 * 1024 * 1024);
          n = new ObjectMapper(YAMLFactory.builder().loaderOptions(o).build()).readTree(in);
        } else {
          n = new ObjectMapper().readTree(in);
        }
      }
      json.put(file, n);
    }
    return n;
  }

  private List<String> lines(String file) throws IOException {
    List<String> l = lines.get(file);
    if (l == null) {
      l = Files.readAllLines(root.resolve(file));
      lines.put(file, l);
    }
    return l;
  }

  private Map<String, String> terracost() throws IOException {
    if (terracost == null) {
      terracost = new HashMap<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(root.resolve(TerracostImporter.FILE))), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          Matcher m = TerracostImporter.PRICE.matcher(line);
          if (m.matches()) {
            terracost.put(m.group(1), m.group(6));
          }
        }
      }
    }
    return terracost;
  }
}
