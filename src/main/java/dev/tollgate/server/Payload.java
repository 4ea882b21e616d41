package dev.tollgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A webhook body, parsed as a JSON tree, read by dotted path. Only the few fields the queue needs are
 * read (the full payload records belong to the code-host clients); a field the event must have and
 * does not is a 400 naming its path.
 */
final class Payload {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;

  private Payload(JsonNode root) {
    this.root = root;
  }

  static Payload parse(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw new Rejected.Malformed("body is not valid JSON: " + firstLine(getOriginalMessage(e)));
    }
    if (root == null || !root.isObject()) {
      throw new Rejected.Malformed("body is not a JSON object");
    }
    return new Payload(root);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  JsonNode at(String path) {
    JsonNode n = root;
    for (String key : path.split("\\.")) {
      n = n.path(key);
    }
    return n;
  }

  boolean has(String path) {
    JsonNode n = at(path);
    return !n.isMissingNode() && !n.isNull();
  }

  Optional<String> text(String path) {
    JsonNode n = at(path);
    return n.isTextual() && !n.asText().isEmpty() ? Optional.of(n.asText()) : Optional.empty();
  }

  String requiredText(String path) {
    return text(path).orElseThrow(() -> new Rejected.Malformed("missing string field " + path));
  }

  long requiredLong(String path) {
    JsonNode n = at(path);
    if (!n.canConvertToExactIntegral() || !n.isNumber()) {
      throw new Rejected.Malformed("missing integer field " + path);
    }
    return n.asLong();
  }

  OptionalLong optionalLong(String path) {
    JsonNode n = at(path);
    return n.isIntegralNumber() ? OptionalLong.of(n.asLong()) : OptionalLong.empty();
  }

  boolean bool(String path) {
    return at(path).asBoolean(false);
  }

  /** Exceptions from Jackson carry the source; this keeps only Jackson's own sentence. */
  private static String getOriginalMessage(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException
        ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
  }
}
