package dev.tollgate.terraform.hcl.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON to {@link Value} and back, as {@code jsondecode} and {@code jsonencode} do (object keys sorted). */
public final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(Conv.MAX_STRING).build())
      .build();

  private Json() {}

  public static String encode(Value v) {
    StringBuilder b = new StringBuilder();
    encode(v, b);
    return b.toString();
  }

  private static void encode(Value v, StringBuilder b) {
    if (b.length() > Conv.MAX_STRING) {
      throw FnException.limit("jsonencode() would build a string longer than " + Conv.MAX_STRING + " characters");
    }
    if (v instanceof Value.Str) {
      quote(((Value.Str) v).value(), b);
    } else if (v instanceof Value.Num || v instanceof Value.Bool) {
      b.append(v);
    } else if (v instanceof Value.ListV) {
      b.append('[');
      List<Value> items = ((Value.ListV) v).items();
      for (int i = 0; i < items.size(); i++) {
        b.append(i == 0 ? "" : ",");
        encode(items.get(i), b);
      }
      b.append(']');
    } else if (v instanceof Value.ObjV) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, Value> e : new TreeMap<>(((Value.ObjV) v).fields()).entrySet()) {
        b.append(first ? "" : ",");
        first = false;
        quote(e.getKey(), b);
        b.append(':');
        encode(e.getValue(), b);
      }
      b.append('}');
    } else if (v.isNull()) {
      b.append("null");
    } else {
      throw new FnException("an unknown value cannot be encoded");
    }
  }

  private static void quote(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '<':
          b.append("\\u003c");
          break;
        case '>':
          b.append("\\u003e");
          break;
        case '&':
          b.append("\\u0026");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }

  public static Value decode(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new FnException("jsondecode() was given an empty string");
      }
      Value v = read(p, t);
      if (p.nextToken() != null) {
        throw new FnException("jsondecode() found more than one JSON value");
      }
      return v;
    } catch (IOException | RuntimeException e) {
      if (e instanceof FnException) {
        throw (FnException) e;
      }
      throw new FnException("invalid JSON: " + firstLine(e.getMessage()));
    }
  }

  private static Value read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_ARRAY: {
        List<Value> items = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(read(p, n));
          Conv.checkSize(items.size());
        }
        return Conv.list(items);
      }
      case START_OBJECT: {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String key = p.currentName();
          fields.put(key, read(p, p.nextToken()));
          Conv.checkSize(fields.size());
        }
        return Conv.obj(fields);
      }
      case VALUE_STRING:
        return Conv.str(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Conv.num(p.getDecimalValue());
      case VALUE_TRUE:
        return Value.TRUE;
      case VALUE_FALSE:
        return Value.FALSE;
      case VALUE_NULL:
        return Value.NULL;
      default:
        throw new FnException("unexpected JSON token " + t);
    }
  }

  /** A Jackson tree (tfvars.json) as a value. */
  public static Value fromNode(JsonNode n) {
    if (n.isObject()) {
      Map<String, Value> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        fields.put(e.getKey(), fromNode(e.getValue()));
      }
      return Conv.obj(fields);
    }
    if (n.isArray()) {
      List<Value> items = new ArrayList<>();
      n.forEach(x -> items.add(fromNode(x)));
      return Conv.list(items);
    }
    if (n.isNumber()) {
      return Conv.num(n.decimalValue());
    }
    if (n.isBoolean()) {
      return Value.of(n.booleanValue());
    }
    if (n.isNull() || n.isMissingNode()) {
      return Value.NULL;
    }
    return Conv.str(n.asText());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
