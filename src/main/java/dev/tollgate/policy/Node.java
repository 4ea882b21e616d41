package dev.tollgate.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML (or JSON) document as a tree that remembers where each key and value was written, so every
 * configuration error can name its line. Scalars keep their text and what kind of scalar the parser
 * saw (a quoted {@code "100"} is a string, a plain {@code 100} a number).
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

  /** Where something was written: the file's name for messages, a 1-based line and column. */
  record Loc(String file, int line, int column) {
    String render() {
      return file + ":" + line + ":" + column;
    }
  }

  Loc loc();

  /** A key and its value; the key's own location is where "unknown key" errors point. */
  record Entry(String key, Loc keyLoc, Node value) {}

  record MapNode(Loc loc, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }
  }

  record ListNode(Loc loc, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }
  }

  /** A scalar: {@link Kind#NULL} for {@code ~}, {@code null} or an empty value. */
  record Scalar(Loc loc, Kind kind, String text) implements Node {
    enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
  }

  /** What the node is, in JSON Schema's words, for "expected X, got Y" messages. */
  static String describe(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof ListNode) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    switch (s.kind()) {
      case STRING:
        return "the string \"" + Suggest.clip(s.text()) + "\"";
      case INTEGER:
      case DECIMAL:
        return "the number " + s.text();
      case BOOLEAN:
        return s.text();
      default:
        return "nothing (null)";
    }
  }
}
