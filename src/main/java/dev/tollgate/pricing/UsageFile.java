package dev.tollgate.pricing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.model.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An Infracost usage file ({@code infracost-usage.yml}): {@code resource_type_default_usage} per type
 * and {@code resource_usage} per address, where {@code [*]} matches any index. For each key, the most
 * specific entry wins: an exact address, then wildcards with fewer {@code [*]}, then the type default.
 */
public final class UsageFile {

  public static final UsageFile NONE = new UsageFile(Map.of(), List.of());
  /** Created on first read only: a YAML mapper takes a tenth of a second to build. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
  }

  private static final Set<String> TOP_LEVEL = Set.of("version", "resource_type_default_usage", "resource_usage");

  private final Map<String, Usage> byType;
  private final List<Entry> entries;

  private record Entry(String key, Pattern pattern, int wildcards, Usage usage) {}

  private UsageFile(Map<String, Usage> byType, List<Entry> entries) {
    this.byType = byType;
    this.entries = entries;
  }

  public static UsageFile read(Path file) throws InputException {
    String name = file.toString();
    JsonNode root;
    try {
      root = Yaml.MAPPER.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new InputException("usage.missing", "no such usage file", name);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? name : name + ":" + l.getLineNr() + ":" + l.getColumnNr();
      throw new InputException("usage.yaml", "invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), where);
    } catch (IOException e) {
      throw new InputException("usage.unreadable", "cannot read: " + e.getMessage(), name);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return NONE;
    }
    if (!root.isObject()) {
      throw new InputException("usage.shape", "a usage file is a map with resource_usage and resource_type_default_usage", name);
    }
    Iterator<String> keys = root.fieldNames();
    while (keys.hasNext()) {
      String k = keys.next();
      if (!TOP_LEVEL.contains(k)) {
        throw new InputException("usage.shape", "unknown key \"" + k + "\"; expected version, resource_usage or resource_type_default_usage", name);
      }
    }
    Map<String, Usage> byType = new LinkedHashMap<>();
    root.path("resource_type_default_usage").fields().forEachRemaining(e -> byType.put(e.getKey(), usage(e.getValue())));
    List<Entry> entries = new ArrayList<>();
    root.path("resource_usage").fields().forEachRemaining(e -> entries.add(entry(e.getKey(), usage(e.getValue()))));
    entries.sort(Comparator.comparingInt(Entry::wildcards));
    return new UsageFile(byType, entries);
  }

  private static Entry entry(String key, Usage usage) {
    StringBuilder regex = new StringBuilder();
    int wildcards = 0;
    int i = 0;
    while (i < key.length()) {
      if (key.startsWith("[*]", i)) {
        regex.append("\\[[^\\]]+\\]");
        wildcards++;
        i += 3;
      } else {
        int next = key.indexOf("[*]", i);
        String literal = next < 0 ? key.substring(i) : key.substring(i, next);
        regex.append(Pattern.quote(literal));
        i += literal.length();
      }
    }
    return new Entry(key, Pattern.compile(regex.toString()), wildcards, usage);
  }

  static Usage usage(JsonNode node) {
    Map<String, Object> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
    return new Usage(values);
  }

  private static Object value(JsonNode n) {
    if (n.isObject()) {
      return usage(n).values();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isBoolean()) {
      return Boolean.toString(n.asBoolean());
    }
    return n.isNull() ? null : n.toString();
  }

  /** The usage for one resource, most specific entry first for every key. */
  public Usage forResource(String address, String type) {
    Usage result = Usage.NONE;
    for (Entry e : entries) {
      if (e.pattern.matcher(address).matches()) {
        result = result.orElse(e.usage);
      }
    }
    Usage typeDefault = byType.get(type);
    return typeDefault == null ? result : result.orElse(typeDefault);
  }

  public boolean isEmpty() {
    return byType.isEmpty() && entries.isEmpty();
  }

  static BigDecimal number(Object o) {
    return o instanceof BigDecimal ? (BigDecimal) o : new BigDecimal(o.toString());
  }
}
