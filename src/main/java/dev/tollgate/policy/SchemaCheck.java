package dev.tollgate.policy;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a configuration tree against the JSON Schema shipped as {@code tollgate.schema.json}, so the
 * schema users see in their editor is the one Tollgate enforces. It interprets the subset of JSON
 * Schema that file uses and refuses a schema using any other keyword, so the two cannot drift apart.
 * Each problem points at the line of the key or value at fault, with a "did you mean" where a known
 * key or value is close.
 */
final class SchemaCheck {

  static final String RESOURCE = "/dev/tollgate/policy/tollgate.schema.json";
  static final Set<String> SUPPORTED = Set.of("$schema", "$id", "$ref", "title", "description", "type",
      "properties", "additionalProperties", "required", "enum", "items", "maxItems", "minLength", "maxLength",
      "pattern", "minimum", "maximum", "definitions");

  private final Node.MapNode schema;

  SchemaCheck(Node.MapNode schema) {
    this.schema = schema;
    checkKeywords(schema);
  }

  static SchemaCheck shipped() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new SchemaCheck((Node.MapNode) new YamlReader(RESOURCE).read(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputException e) {
      throw new IllegalStateException("the shipped schema does not parse: " + e.getMessage(), e);
    }
  }

  List<Problem> check(Node document) {
    List<Problem> out = new ArrayList<>();
    walk(document, schema, "", out);
    return out;
  }

  private void walk(Node n, Node.MapNode s, String path, List<Problem> out) {
    s = resolve(s);
    String type = text(s, "type");
    if (type != null && !hasType(n, type)) {
      out.add(problem(n.loc(), name(path) + " must be " + article(type) + ", not " + Node.describe(n)));
      return;
    }
    if (s.get("enum") instanceof Node.ListNode && !inEnum(n, (Node.ListNode) s.get("enum"))) {
      List<String> allowed = ((Node.ListNode) s.get("enum")).items().stream()
          .map(i -> ((Node.Scalar) i).text()).collect(Collectors.toList());
      String got = n instanceof Node.Scalar ? ((Node.Scalar) n).text() : "";
      out.add(problem(n.loc(), name(path) + " must be " + (allowed.size() == 1 ? "" : "one of ")
          + String.join(", ", allowed) + ", not " + Node.describe(n) + Suggest.didYouMean(got, allowed)));
      return;
    }
    if (n instanceof Node.MapNode) {
      object((Node.MapNode) n, s, path, out);
    } else if (n instanceof Node.ListNode) {
      Node.ListNode list = (Node.ListNode) n;
      Integer max = integer(s, "maxItems");
      if (max != null && list.items().size() > max) {
        out.add(problem(n.loc(), name(path) + " may hold at most " + max + " items, not " + list.items().size()));
      }
      if (s.get("items") instanceof Node.MapNode) {
        for (int i = 0; i < list.items().size(); i++) {
          walk(list.items().get(i), (Node.MapNode) s.get("items"), path + "[" + i + "]", out);
        }
      }
    } else {
      scalar((Node.Scalar) n, s, path, out);
    }
  }

  private void object(Node.MapNode n, Node.MapNode s, String path, List<Problem> out) {
    Node.MapNode props = s.get("properties") instanceof Node.MapNode ? (Node.MapNode) s.get("properties") : null;
    Set<String> known = props == null ? Set.of() : props.entries().keySet();
    for (Node.Entry e : n.entries().values()) {
      String child = path.isEmpty() ? e.key() : path + "." + e.key();
      if (known.contains(e.key())) {
        walk(e.value(), (Node.MapNode) props.get(e.key()), child, out);
      } else if (s.get("additionalProperties") instanceof Node.MapNode) {
        walk(e.value(), (Node.MapNode) s.get("additionalProperties"), child, out);
      } else {
        out.add(problem(e.keyLoc(), "unknown key \"" + Suggest.clip(e.key()) + "\" in " + (path.isEmpty() ? "the top level" : path)
            + Suggest.didYouMean(e.key(), known)));
      }
    }
    if (s.get("required") instanceof Node.ListNode) {
      for (Node r : ((Node.ListNode) s.get("required")).items()) {
        String key = ((Node.Scalar) r).text();
        if (!n.entries().containsKey(key)) {
          out.add(problem(n.loc(), name(path) + " needs a \"" + key + "\" key"));
        }
      }
    }
  }

  private void scalar(Node.Scalar n, Node.MapNode s, String path, List<Problem> out) {
    if (n.kind() == Node.Scalar.Kind.STRING) {
      Integer min = integer(s, "minLength");
      Integer max = integer(s, "maxLength");
      int length = n.text().codePointCount(0, n.text().length());
      if (min != null && length < min) {
        out.add(problem(n.loc(), name(path) + " may not be empty"));
      } else if (max != null && length > max) {
        out.add(problem(n.loc(), name(path) + " may be at most " + max + " characters long, not " + length));
      } else if (text(s, "pattern") != null && !Pattern.compile(text(s, "pattern")).matcher(n.text()).find()) {
        out.add(problem(n.loc(), name(path) + " must match " + text(s, "pattern") + ", not " + Node.describe(n)));
      }
    } else if (n.kind() == Node.Scalar.Kind.INTEGER || n.kind() == Node.Scalar.Kind.DECIMAL) {
      BigDecimal v = new BigDecimal(n.text());
      String min = text(s, "minimum");
      String max = text(s, "maximum");
      if (min != null && v.compareTo(new BigDecimal(min)) < 0) {
        out.add(problem(n.loc(), name(path) + " must be at least " + min + ", not " + n.text()));
      } else if (max != null && v.compareTo(new BigDecimal(max)) > 0) {
        out.add(problem(n.loc(), name(path) + " must be at most " + max + ", not " + n.text()));
      }
    }
  }

  private static boolean hasType(Node n, String type) {
    switch (type) {
      case "object":
        return n instanceof Node.MapNode;
      case "array":
        return n instanceof Node.ListNode;
      default:
        if (!(n instanceof Node.Scalar)) {
          return false;
        }
        Node.Scalar.Kind k = ((Node.Scalar) n).kind();
        switch (type) {
          case "string":
            return k == Node.Scalar.Kind.STRING;
          case "integer":
            return k == Node.Scalar.Kind.INTEGER;
          case "number":
            return k == Node.Scalar.Kind.INTEGER || k == Node.Scalar.Kind.DECIMAL;
          case "boolean":
            return k == Node.Scalar.Kind.BOOLEAN;
          default:
            throw new IllegalStateException("schema type not supported: " + type);
        }
    }
  }

  private static boolean inEnum(Node n, Node.ListNode values) {
    if (!(n instanceof Node.Scalar)) {
      return false;
    }
    Node.Scalar s = (Node.Scalar) n;
    for (Node v : values.items()) {
      Node.Scalar e = (Node.Scalar) v;
      boolean numeric = e.kind() == Node.Scalar.Kind.INTEGER || e.kind() == Node.Scalar.Kind.DECIMAL;
      if (numeric && (s.kind() == Node.Scalar.Kind.INTEGER || s.kind() == Node.Scalar.Kind.DECIMAL)
          ? new BigDecimal(e.text()).compareTo(new BigDecimal(s.text())) == 0
          : e.kind() == s.kind() && e.text().equals(s.text())) {
        return true;
      }
    }
    return false;
  }

  private Node.MapNode resolve(Node.MapNode s) {
    String ref = text(s, "$ref");
    if (ref == null) {
      return s;
    }
    String prefix = "#/definitions/";
    if (!ref.startsWith(prefix)) {
      throw new IllegalStateException("schema $ref not supported: " + ref);
    }
    Node target = ((Node.MapNode) schema.get("definitions")).get(ref.substring(prefix.length()));
    if (!(target instanceof Node.MapNode)) {
      throw new IllegalStateException("schema $ref points nowhere: " + ref);
    }
    return resolve((Node.MapNode) target);
  }

  /** Every keyword in the schema is one this class interprets. */
  private static void checkKeywords(Node.MapNode s) {
    for (Node.Entry e : s.entries().values()) {
      if (!SUPPORTED.contains(e.key())) {
        throw new IllegalStateException("schema keyword not supported by SchemaCheck: " + e.key() + " at " + e.keyLoc().render());
      }
      if (e.key().equals("properties") || e.key().equals("definitions")) {
        for (Node.Entry p : ((Node.MapNode) e.value()).entries().values()) {
          checkKeywords((Node.MapNode) p.value());
        }
      } else if ((e.key().equals("items") || e.key().equals("additionalProperties")) && e.value() instanceof Node.MapNode) {
        checkKeywords((Node.MapNode) e.value());
      }
    }
  }

  private static String text(Node.MapNode s, String key) {
    Node n = s.get(key);
    return n instanceof Node.Scalar ? ((Node.Scalar) n).text() : null;
  }

  private static Integer integer(Node.MapNode s, String key) {
    String t = text(s, key);
    return t == null ? null : Integer.valueOf(t);
  }

  private static String article(String type) {
    switch (type) {
      case "object":
        return "a mapping";
      case "array":
        return "a list";
      case "integer":
        return "a whole number";
      case "boolean":
        return "true or false";
      default:
        return "a " + type;
    }
  }

  private static String name(String path) {
    return path.isEmpty() ? "the file" : path;
  }

  private static Problem problem(Node.Loc at, String message) {
    return new Problem("config.invalid", message, at.render());
  }
}
