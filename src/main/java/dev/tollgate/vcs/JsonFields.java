package dev.tollgate.vcs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads fields out of a webhook body by dotted path ({@code pull_request.head.sha}) and turns a missing
 * or mistyped field into a {@link WebhookException} naming that path, never a NullPointerException.
 * Unknown fields are ignored: hosts add fields all the time.
 */
public final class JsonFields {

  /** GitHub caps deliveries at 25 MB; anything larger is not from a host. */
  public static final int MAX_BODY_BYTES = 25 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;
  private final String prefix;

  private JsonFields(JsonNode root, String prefix) {
    this.root = root;
    this.prefix = prefix;
  }

  public static JsonFields parse(byte[] body, String what) throws WebhookException {
    if (body == null || body.length == 0) {
      throw new WebhookException(what + ": the body is empty");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new WebhookException(what + ": the body is " + body.length + " bytes, over the " + MAX_BODY_BYTES + " accepted");
    }
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null || !root.isObject()) {
        throw new WebhookException(what + ": the body is not a JSON object");
      }
      return new JsonFields(root, "");
    } catch (JsonProcessingException e) {
      throw new WebhookException(what + ": the body is not JSON (line " + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      throw new WebhookException(what + ": the body could not be read", e);
    }
  }

  public JsonFields at(String path) throws WebhookException {
    JsonNode n = node(path);
    if (!n.isObject()) {
      throw wrong(path, "an object", n);
    }
    return new JsonFields(n, prefix + path + ".");
  }

  public boolean has(String path) {
    JsonNode n = find(path);
    return n != null && !n.isNull() && !n.isMissingNode();
  }

  public String text(String path) throws WebhookException {
    JsonNode n = node(path);
    if (!n.isTextual()) {
      throw wrong(path, "a string", n);
    }
    return n.textValue();
  }

  public Optional<String> optText(String path) throws WebhookException {
    if (!has(path)) {
      return Optional.empty();
    }
    return Optional.of(text(path));
  }

  public long number(String path) throws WebhookException {
    JsonNode n = node(path);
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw wrong(path, "a whole number", n);
    }
    return n.longValue();
  }

  public OptionalLong optNumber(String path) throws WebhookException {
    return has(path) ? OptionalLong.of(number(path)) : OptionalLong.empty();
  }

  public boolean bool(String path, boolean absent) throws WebhookException {
    if (!has(path)) {
      return absent;
    }
    JsonNode n = node(path);
    if (!n.isBoolean()) {
      throw wrong(path, "true or false", n);
    }
    return n.booleanValue();
  }

  /** The objects of an array (absent means empty). */
  public List<JsonFields> objects(String path) throws WebhookException {
    if (!has(path)) {
      return List.of();
    }
    JsonNode n = node(path);
    if (!n.isArray()) {
      throw wrong(path, "an array", n);
    }
    List<JsonFields> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isObject()) {
        throw wrong(path + "[" + i + "]", "an object", n.get(i));
      }
      out.add(new JsonFields(n.get(i), prefix + path + "[" + i + "]."));
    }
    return out;
  }

  private JsonNode find(String path) {
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  private JsonNode node(String path) throws WebhookException {
    JsonNode n = find(path);
    if (n.isMissingNode() || n.isNull()) {
      throw new WebhookException(prefix + path + ": missing (expected in this kind of delivery)");
    }
    return n;
  }

  private WebhookException wrong(String path, String expected, JsonNode found) {
    return new WebhookException(prefix + path + ": expected " + expected + ", found " + found.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
  }
}
