package dev.tollgate.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML document that came from a pull request into a {@link Node} tree with line numbers.
 * Treats it as hostile: a size limit before parsing, nesting and string limits in the parser, and no
 * anchors, aliases, explicit tags or duplicate keys (a configuration needs none of them, and they are
 * how YAML bombs and type confusion get in). Jackson's streaming parser never constructs objects from
 * tags and never touches files or the network.
 */
final class YamlReader {

  static final int MAX_CHARS = 256 * 1024;
  /** Tollgate's own limit, with a line number; the parsers' limits (twice as deep) are the backstop. */
  static final int MAX_DEPTH = 16;

  private static final YAMLFactory FACTORY = factory();

  private final String file;

  YamlReader(String file) {
    this.file = file;
  }

  private static YAMLFactory factory() {
    LoaderOptions limits = new LoaderOptions();
    limits.setCodePointLimit(MAX_CHARS);
    limits.setNestingDepthLimit(2 * MAX_DEPTH);
    limits.setMaxAliasesForCollections(0);
    limits.setAllowRecursiveKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(limits)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(2 * MAX_DEPTH).maxStringLength(16 * 1024).maxNumberLength(40).build())
        .build();
  }

  /** The document's root node; an empty document is an empty mapping. */
  Node read(String text) throws InputException {
    if (text.length() > MAX_CHARS) {
      throw new InputException("config.too_large", "larger than " + MAX_CHARS / 1024
          + " KiB; a configuration file is a few hundred lines at most", file);
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Node.MapNode(new Node.Loc(file, 1, 1), Map.of());
      }
      Node root = node(p, t, 0);
      if (p.nextToken() != null) {
        throw problem(p.currentTokenLocation(), "only one YAML document is allowed (remove the `---`)");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException) {
        // SnakeYAML says what it expected and where; Jackson's wrapper says only the context.
        MarkedYAMLException m = (MarkedYAMLException) e.getCause();
        Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
        String where = mark == null ? file : new Node.Loc(file, mark.getLine() + 1, mark.getColumn() + 1).render();
        String what = m.getProblem() != null ? m.getProblem() : String.valueOf(m.getContext());
        throw new InputException("config.yaml", "not valid YAML: " + Suggest.clip(what) + " (check the indentation"
            + " and quoting)", where);
      }
      JsonLocation l = e.getLocation();
      String where = l == null ? file : loc(l).render();
      String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      throw new InputException("config.yaml", "not valid YAML: " + Suggest.clip(trimMessage(message)), where);
    } catch (IOException e) {
      throw new InputException("config.unreadable", "cannot read: " + e.getMessage(), file);
    }
  }

  private Node node(JsonParser p, JsonToken t, int depth) throws IOException, InputException {
    checkPlain((YAMLParser) p);
    if (depth >= MAX_DEPTH) {
      throw problem(p.currentTokenLocation(), "nested deeper than " + MAX_DEPTH + " levels; a configuration is never that deep");
    }
    Node.Loc at = loc(p.currentTokenLocation());
    switch (t) {
      case START_OBJECT:
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          checkPlain((YAMLParser) p);
          String key = p.currentName();
          Node.Loc keyLoc = loc(p.currentTokenLocation());
          if (entries.containsKey(key)) {
            throw problem(p.currentTokenLocation(), "duplicate key \"" + Suggest.clip(key) + "\" (first at line "
                + entries.get(key).keyLoc().line() + ")");
          }
          entries.put(key, new Node.Entry(key, keyLoc, node(p, p.nextToken(), depth + 1)));
        }
        return new Node.MapNode(at, entries);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(node(p, next, depth + 1));
        }
        return new Node.ListNode(at, items);
      case VALUE_STRING:
        return new Node.Scalar(at, Node.Scalar.Kind.STRING, p.getText());
      case VALUE_NUMBER_INT:
        return new Node.Scalar(at, Node.Scalar.Kind.INTEGER, p.getText());
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(at, Node.Scalar.Kind.DECIMAL, p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(at, Node.Scalar.Kind.BOOLEAN, p.getText());
      case VALUE_NULL:
        return new Node.Scalar(at, Node.Scalar.Kind.NULL, "");
      default:
        throw problem(p.currentTokenLocation(), "unexpected " + t);
    }
  }

  /** No anchors ({@code &a}), aliases ({@code *a}) or explicit tags ({@code !!python/object}). */
  private void checkPlain(YAMLParser p) throws IOException, InputException {
    if (p.isCurrentAlias() || p.getObjectId() != null) {
      throw problem(p.currentTokenLocation(), "YAML anchors and aliases (&name, *name) are not allowed; write the value out");
    }
    if (p.getTypeId() != null) {
      throw problem(p.currentTokenLocation(), "YAML tags (" + Suggest.clip(String.valueOf(p.getTypeId()))
          + ") are not allowed; write a plain value");
    }
  }

  private InputException problem(JsonLocation l, String message) {
    return new InputException(new Problem("config.yaml", message, loc(l).render()));
  }

  private Node.Loc loc(JsonLocation l) {
    return new Node.Loc(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /** SnakeYAML messages repeat the position ("in 'reader', line 3, column 5:"); the location says it. */
  private static String trimMessage(String m) {
    int in = m.indexOf(" in 'reader'");
    return in > 0 ? m.substring(0, in) : m;
  }
}
