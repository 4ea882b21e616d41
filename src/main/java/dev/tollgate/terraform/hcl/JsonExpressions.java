package dev.tollgate.terraform.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Expressions in {@code .tf.json} files: JSON values, where a string containing {@code ${...}} is a
 * template, parsed with rewrite-hcl and evaluated like any other.
 */
final class JsonExpressions {

  private JsonExpressions() {}

  static Value eval(JsonNode n, Scope s, Evaluator ev) {
    if (n.isTextual()) {
      String text = n.asText();
      if (!text.contains("${")) {
        return Conv.str(text);
      }
      return ev.eval(template(text, s.file.display), s);
    }
    if (n.isArray()) {
      List<Value> out = new ArrayList<>();
      for (JsonNode x : n) {
        out.add(eval(x, s, ev));
      }
      return Conv.list(out);
    }
    if (n.isObject()) {
      Map<String, Value> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), eval(e.getValue(), s, ev));
      }
      return Conv.obj(out);
    }
    if (n.isNumber()) {
      return Conv.num(n.decimalValue());
    }
    if (n.isBoolean()) {
      return Value.of(n.booleanValue());
    }
    return Value.NULL;
  }

  /** The string as an HCL quoted template. */
  static Expression template(String text, String display) {
    StringBuilder quoted = new StringBuilder("x = \"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c == '\n') {
        quoted.append("\\n");
      } else if (c == '\r') {
        quoted.append("\\r");
      } else if (c == '\t') {
        quoted.append("\\t");
      } else {
        quoted.append(c);
      }
    }
    quoted.append("\"\n");
    try {
      SourceFile f = HclFiles.parse(display, quoted.toString());
      return ((Hcl.Attribute) f.tree.getBody().get(0)).getValue();
    } catch (InputException | RuntimeException e) {
      throw new FnException("the template \"" + Conv.abbreviate(text) + "\" is not valid");
    }
  }
}
