package dev.tollgate.terraform.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Terraform's JSON configuration syntax ({@code .tf.json}) into the same {@link Config} blocks
 * as HCL. Strings stay expressions: {@code "${var.x}"} is a template evaluated like HCL's.
 */
final class JsonFiles {

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build());

  /** Top-level block types whose bodies are keyed by two labels (type, name) or one (name). */
  private static final Map<String, Integer> LABELS = Map.of(
      "resource", 2, "data", 2, "module", 1, "provider", 1, "variable", 1, "output", 1);

  private JsonFiles() {}

  static JsonNode read(String display, String text) throws InputException {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || !root.isObject()) {
        throw new InputException(new Problem("hcl.json", "a .tf.json file must hold one JSON object", display));
      }
      return root;
    } catch (IOException e) {
      String msg = e.getMessage() == null ? "invalid JSON" : e.getMessage().split("\n")[0];
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException && ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation() != null) {
        var loc = ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation();
        throw new InputException(new Problem("hcl.json", "invalid JSON: " + ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
            + Positions.caret(text, loc.getLineNr(), loc.getColumnNr()), display + ":" + loc.getLineNr() + ":" + loc.getColumnNr()));
      }
      throw new InputException(new Problem("hcl.json", "invalid JSON: " + msg, display));
    }
  }

  static Config.Body body(SourceFile file, JsonNode root) {
    List<Config.Block> blocks = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String type = e.getKey();
      if (type.equals("locals")) {
        for (JsonNode n : asList(e.getValue())) {
          blocks.add(new Config.Block("locals", List.of(), attributes(n, file), file, n));
        }
      } else if (LABELS.containsKey(type)) {
        labelled(type, LABELS.get(type), e.getValue(), new ArrayList<>(), file, blocks);
      }
    }
    return new Config.Body(Map.of(), blocks);
  }

  private static void labelled(String type, int depth, JsonNode n, List<String> labels, SourceFile file, List<Config.Block> out) {
    if (depth == 0) {
      for (JsonNode body : asList(n)) {
        out.add(new Config.Block(type, labels, attributes(body, file), file, body));
      }
      return;
    }
    for (JsonNode item : asList(n)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> next = new ArrayList<>(labels);
        next.add(e.getKey());
        labelled(type, depth - 1, e.getValue(), next, file, out);
      }
    }
  }

  /** A body: every key an attribute, except the meta blocks Terraform gives a fixed meaning. */
  private static Config.Body attributes(JsonNode n, SourceFile file) {
    Map<String, Config.Expr> attrs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("//")) {
        attrs.put(e.getKey(), new Config.Expr(e.getValue(), file));
      }
    }
    return new Config.Body(attrs, List.of());
  }

  private static List<JsonNode> asList(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(out::add);
    } else if (n.isObject()) {
      out.add(n);
    }
    return out;
  }
}
