package dev.tollgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each {@code serve} setting comes from, first that says: the command-line flag, the
 * environment ({@code TOLLGATE_} and the name in upper case, {@code -} as {@code _}), the config file
 * (YAML, the flag names as keys), the default. Secrets come only from the environment or from a
 * file named by a {@code *-file} setting; the config file may name such files but may not hold a
 * secret itself.
 */
final class ServeSettings {

  static final Set<String> SECRETS = Set.of("github-webhook-secret", "gitlab-webhook-token", "database-password",
      "diagnostic-token", "github-app-private-key", "github-token", "gitlab-token");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private final Map<String, String> flags;
  private final Map<String, String> env;
  private final Map<String, String> file;
  private final String fileName;

  ServeSettings(Map<String, String> flags, Map<String, String> env, Map<String, String> file, String fileName) {
    this.flags = flags;
    this.env = env;
    this.file = file;
    this.fileName = fileName;
  }

  /** Reads the YAML config file: a flat map of setting names to values. */
  static Map<String, String> readFile(Path path, Set<String> known) throws InputException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException("config.unreadable", "cannot read the config file: " + firstLine(e.getMessage()), path.toString());
    }
    Map<String, String> out = new TreeMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return out;
    }
    if (!root.isObject()) {
      throw new InputException("config.shape", "the config file must be a map of setting: value", path.toString());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (SECRETS.contains(e.getKey())) {
        throw new InputException("config.secret", e.getKey() + " may not be written in the config file; use "
            + e.getKey() + "-file: PATH or the environment variable " + envName(e.getKey()), path.toString());
      }
      if (!known.contains(e.getKey())) {
        throw new InputException("config.unknown", "unknown setting " + e.getKey() + "; known settings: "
            + String.join(", ", new java.util.TreeSet<>(known)), path.toString());
      }
      if (!e.getValue().isValueNode()) {
        throw new InputException("config.shape", e.getKey() + " must be a single value", path.toString());
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  static String envName(String key) {
    return "TOLLGATE_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  Optional<String> get(String key) {
    if (flags.get(key) != null) {
      return Optional.of(flags.get(key));
    }
    if (env.get(envName(key)) != null && !env.get(envName(key)).isEmpty()) {
      return Optional.of(env.get(envName(key)));
    }
    return Optional.ofNullable(file.get(key));
  }

  private String where(String key) {
    if (flags.get(key) != null) {
      return "--" + key;
    }
    if (env.get(envName(key)) != null) {
      return envName(key);
    }
    return fileName + ": " + key;
  }

  String string(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  int integer(String key, int fallback, int min, int max) throws InputException {
    Optional<String> v = get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get().trim());
      if (n < min || n > max) {
        throw new InputException("config.range", "must be between " + min + " and " + max + ", not " + n, where(key));
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InputException("config.number", "'" + v.get() + "' is not a whole number", where(key));
    }
  }

  /** {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
  Duration duration(String key, Duration fallback) throws InputException {
    Optional<String> v = get(key);
    if (v.isEmpty()) {
      return fallback;
    }
    Matcher m = DURATION.matcher(v.get().trim());
    if (!m.matches()) {
      throw new InputException("config.duration", "'" + v.get() + "' is not a duration like 500ms, 30s, 2m or 1h", where(key));
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "ms": return Duration.ofMillis(n);
      case "s": return Duration.ofSeconds(n);
      case "m": return Duration.ofMinutes(n);
      default: return Duration.ofHours(n);
    }
  }

  /**
   * A secret from {@code TOLLGATE_KEY} in the environment, or from the file that {@code KEY-file}
   * names (flag, environment or config file), its content with one trailing newline removed.
   */
  Optional<String> secret(String key) throws InputException {
    Optional<String> file = get(key + "-file");
    if (file.isPresent()) {
      Path p = Path.of(file.get());
      try {
        String s = Files.readString(p, StandardCharsets.UTF_8).replaceFirst("\\r?\\n$", "");
        if (s.isEmpty()) {
          throw new InputException("config.secret_empty", "the " + key + " file is empty", p.toString());
        }
        return Optional.of(s);
      } catch (IOException e) {
        throw new InputException("config.secret_unreadable", "cannot read the " + key + " file (" + e.getClass().getSimpleName()
            + ")", p.toString());
      }
    }
    String v = env.get(envName(key));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
