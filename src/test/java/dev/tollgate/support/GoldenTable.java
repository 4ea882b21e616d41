package dev.tollgate.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the resource tree of an Infracost {@code breakdown --format table} golden: each resource's cost
 * components with their monthly quantity, unit and cost, inside the sub-resource they belong to.
 */
public final class GoldenTable {

  /**
   * One component line.
   *
   * @param subresource the enclosing sub-resource's name, or empty for the resource itself
   * @param cost the monthly cost, empty when it depends on usage
   */
  public record Component(String subresource, String name, Optional<BigDecimal> quantity, String unit, Optional<BigDecimal> cost) {
    public String key() {
      return subresource.isEmpty() ? name : subresource + " / " + name;
    }
  }

  private static final Pattern PRICED =
      Pattern.compile("^(.*?)\\s{2,}([\\d,.]+)\\s{2}(\\S.*?)\\s{2,}\\$([\\d,.]+)\\s*\\*?$");
  private static final Pattern USAGE = Pattern.compile("^(.*?)\\s{2,}Monthly cost depends on usage: \\$([\\d,.]+) per (.*)$");

  private GoldenTable() {}

  public static Map<String, List<Component>> read(Path golden) throws IOException {
    Map<String, List<Component>> out = new LinkedHashMap<>();
    String resource = null;
    List<String> path = new ArrayList<>();
    for (String raw : Files.readAllLines(golden)) {
      String line = raw.stripTrailing();
      if (line.startsWith(" OVERALL TOTAL")) {
        break;
      }
      if (line.isBlank() || line.startsWith(" Name ")) {
        continue;
      }
      int glyph = Math.max(line.indexOf("├─ "), line.indexOf("└─ "));
      if (glyph < 0) {
        resource = line.strip();
        out.put(resource, new ArrayList<>());
        path.clear();
        continue;
      }
      int depth = (glyph - 1) / 3;
      String rest = line.substring(glyph + 3);
      while (path.size() > depth) {
        path.remove(path.size() - 1);
      }
      Matcher priced = PRICED.matcher(rest);
      Matcher usage = USAGE.matcher(rest);
      String sub = String.join(" / ", path);
      if (priced.matches()) {
        out.get(resource).add(new Component(sub, priced.group(1).strip(), Optional.of(number(priced.group(2))),
            priced.group(3).strip(), Optional.of(number(priced.group(4)))));
      } else if (usage.matches()) {
        out.get(resource).add(new Component(sub, usage.group(1).strip(), Optional.empty(), usage.group(3).strip(), Optional.empty()));
      } else {
        path.add(rest.strip());
      }
    }
    return out;
  }

  private static BigDecimal number(String s) {
    return new BigDecimal(s.replace(",", ""));
  }
}
