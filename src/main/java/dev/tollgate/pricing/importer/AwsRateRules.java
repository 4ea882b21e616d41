package dev.tollgate.pricing.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mapping table {@code aws-rates.txt}: for each AWS meteredUnitMap file, its service code and
 * the rules that turn a described rate's label into a product family, unit, Price List attributes
 * and tier. The table is data so that a reviewer reads every mapping in one place and the
 * vocabulary document can point at it.
 */
final class AwsRateRules {

  static final String RESOURCE = "/dev/tollgate/pricing/importer/aws-rates.txt";
  private static final Pattern TEMPLATE = Pattern.compile("\\$(\\d)|\\{([~@]?)([^}]+)\\}");

  /** One file's section of the table. */
  record FileRules(String file, String service, String origin, List<Pattern> skips, List<Rule> rules) {}

  /** One mapping line. */
  record Rule(Pattern label, String family, String unit, Map<String, String> attributes, String tier, int line) {}

  /** What a rule made of one rate; attributes whose template found nothing make the rule not apply. */
  record Mapped(String family, String unit, TreeMap<String, String> attributes, String tierStart, String tierEnd) {}

  private AwsRateRules() {}

  static List<FileRules> load() {
    try (InputStream in = AwsRateRules.class.getResourceAsStream(RESOURCE)) {
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<FileRules> parse(List<String> lines) {
    List<FileRules> out = new ArrayList<>();
    boolean lastWasFile = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        lastWasFile = line.isEmpty() ? false : lastWasFile;
        continue;
      }
      String where = RESOURCE + ":" + (i + 1);
      if (line.startsWith("file ")) {
        String[] f = fields(line.substring(5), 3, where);
        // Consecutive file lines share the rules that follow them (yeo's three RDS engines).
        FileRules previous = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean shared = previous != null && previous.rules().isEmpty() && previous.skips().isEmpty()
            && lastWasFile;
        out.add(shared ? new FileRules(f[0], f[1], f[2], previous.skips(), previous.rules())
            : new FileRules(f[0], f[1], f[2], new ArrayList<>(), new ArrayList<>()));
        lastWasFile = true;
        continue;
      }
      lastWasFile = false;
      if (out.isEmpty()) {
        throw new IllegalStateException(where + ": a rule before any `file` line");
      }
      FileRules current = out.get(out.size() - 1);
      if (line.startsWith("skip ")) {
        current.skips().add(Pattern.compile(line.substring(5).strip()));
        continue;
      }
      String[] f = line.split("\\s\\|\\s", -1);
      if (f.length != 4 && f.length != 5) {
        throw new IllegalStateException(where + ": expected `label regex | family | unit | attributes [| tier]`");
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      for (String kv : f[3].split(";")) {
        if (!kv.isBlank()) {
          int eq = kv.indexOf('=');
          attrs.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
      }
      current.rules().add(new Rule(Pattern.compile(f[0].strip()), f[1].strip(), f[2].strip(), attrs,
          f.length == 5 ? f[4].strip() : "", i + 1));
    }
    return out;
  }

  private static String[] fields(String s, int n, String where) {
    String[] f = s.split("\\s\\|\\s", -1);
    if (f.length != n) {
      throw new IllegalStateException(where + ": expected " + n + " fields separated by ` | `");
    }
    for (int i = 0; i < n; i++) {
      f[i] = f[i].strip();
    }
    return f;
  }

  static boolean skipped(FileRules rules, String label) {
    return rules.skips().stream().anyMatch(p -> p.matcher(label).matches());
  }

  /**
   * The first rule that matches {@code label} and whose templates all resolve. {@code field} gives
   * an entry's fields by name; {@code locationType} is the location's Price List type.
   */
  static Optional<Mapped> map(FileRules rules, String label, Function<String, String> field, String locationType) {
    for (Rule r : rules.rules()) {
      Matcher m = r.label().matcher(label);
      if (!m.matches()) {
        continue;
      }
      TreeMap<String, String> attrs = new TreeMap<>();
      boolean complete = true;
      for (Map.Entry<String, String> a : r.attributes().entrySet()) {
        String v = fill(a.getValue(), m, field, locationType);
        if (v == null || v.isEmpty()) {
          complete = false;
          break;
        }
        attrs.put(a.getKey(), v);
      }
      if (!complete) {
        continue;
      }
      String tier = fill(r.tier(), m, field, locationType);
      String start = "0";
      String end = "";
      if (tier != null && !tier.isEmpty()) {
        int dash = tier.indexOf('-');
        start = tier.substring(0, dash);
        end = tier.substring(dash + 1);
      }
      return Optional.of(new Mapped(r.family(), r.unit(), attrs, start, end));
    }
    return Optional.empty();
  }

  private static String fill(String template, Matcher m, Function<String, String> field, String locationType) {
    Matcher t = TEMPLATE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      String value;
      if (t.group(1) != null) {
        value = m.group(Integer.parseInt(t.group(1)));
      } else if (t.group(2).equals("@")) {
        value = t.group(3).equals("locationType") ? locationType : null;
      } else {
        value = field.apply(t.group(3));
        if (value != null && t.group(2).equals("~")) {
          value = UsageTypes.withoutRegion(value);
        }
      }
      if (value == null || value.isEmpty()) {
        return null;
      }
      t.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    t.appendTail(out);
    return out.toString();
  }
}
