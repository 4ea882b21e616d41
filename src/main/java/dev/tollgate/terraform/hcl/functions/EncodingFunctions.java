package dev.tollgate.terraform.hcl.functions;

import static dev.tollgate.terraform.hcl.functions.Conv.str;
import static dev.tollgate.terraform.hcl.functions.Conv.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.tollgate.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.yaml.snakeyaml.LoaderOptions;

/** Terraform's encoding functions: base64, JSON, YAML, CSV, URL and text encodings. */
final class EncodingFunctions {

  private EncodingFunctions() {}

  /** Built on first use: a YAML mapper loads hundreds of classes that most loads never need. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = yaml();
  }

  private static YAMLMapper yaml() {
    LoaderOptions limits = new LoaderOptions();
    limits.setMaxAliasesForCollections(50);
    limits.setCodePointLimit(Conv.MAX_STRING);
    limits.setNestingDepthLimit(200);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(limits)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    return new YAMLMapper(factory);
  }

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "base64encode", 1, 1, (a, f) -> str(Base64.getEncoder().encodeToString(utf8(a.get(0)))));
    Functions.add(m, "base64decode", 1, 1, (a, f) -> str(new String(base64(string(a.get(0))), StandardCharsets.UTF_8)));
    Functions.add(m, "base64gzip", 1, 1, (a, f) -> str(Base64.getEncoder().encodeToString(gzip(utf8(a.get(0))))));
    Functions.add(m, "textencodebase64", 2, 2, (a, f) ->
        str(Base64.getEncoder().encodeToString(string(a.get(0)).getBytes(charset(string(a.get(1)))))));
    Functions.add(m, "textdecodebase64", 2, 2, (a, f) ->
        str(new String(base64(string(a.get(0))), charset(string(a.get(1))))));
    Functions.add(m, "jsonencode", 1, 1, (a, f) -> str(Json.encode(a.get(0))));
    Functions.add(m, "jsondecode", 1, 1, (a, f) -> Json.decode(string(a.get(0))));
    Functions.add(m, "yamlencode", 1, 1, (a, f) -> yamlencode(a.get(0)));
    Functions.add(m, "yamldecode", 1, 1, (a, f) -> yamldecode(string(a.get(0))));
    Functions.add(m, "csvdecode", 1, 1, (a, f) -> csvdecode(string(a.get(0))));
    Functions.add(m, "urlencode", 1, 1, (a, f) ->
        str(URLEncoder.encode(string(a.get(0)), StandardCharsets.UTF_8).replace("+", "%20")));
  }

  static byte[] utf8(Value v) {
    return string(v).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] base64(String s) {
    try {
      return Base64.getDecoder().decode(s.strip());
    } catch (IllegalArgumentException e) {
      throw new FnException("not valid base64: " + e.getMessage());
    }
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      throw new FnException("unknown character encoding \"" + Conv.abbreviate(name) + "\"");
    }
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    } catch (IOException e) {
      throw new FnException("gzip failed: " + e.getMessage());
    }
    return out.toByteArray();
  }

  private static Value yamldecode(String s) {
    try {
      JsonNode n = Yaml.MAPPER.readTree(s);
      return n == null ? Value.NULL : Json.fromNode(n);
    } catch (IOException | RuntimeException e) {
      if (e instanceof FnException) {
        throw (FnException) e;
      }
      String msg = e.getMessage() == null ? "unreadable" : e.getMessage().split("\n")[0];
      throw new FnException("invalid YAML: " + msg);
    }
  }

  private static Value yamlencode(Value v) {
    try {
      return str(Yaml.MAPPER.writeValueAsString(node(v)));
    } catch (IOException e) {
      throw new FnException("yamlencode() failed: " + e.getMessage());
    }
  }

  static JsonNode node(Value v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v instanceof Value.Str) {
      return f.textNode(((Value.Str) v).value());
    }
    if (v instanceof Value.Num) {
      return f.numberNode(((Value.Num) v).value());
    }
    if (v instanceof Value.Bool) {
      return f.booleanNode(((Value.Bool) v).value());
    }
    if (v instanceof Value.ListV) {
      ArrayNode a = f.arrayNode();
      ((Value.ListV) v).items().forEach(i -> a.add(node(i)));
      return a;
    }
    if (v instanceof Value.ObjV) {
      ObjectNode o = f.objectNode();
      ((Value.ObjV) v).fields().forEach((k, i) -> o.set(k, node(i)));
      return o;
    }
    return f.nullNode();
  }

  private static Value csvdecode(String s) {
    List<List<String>> rows = Csv.parse(s);
    if (rows.isEmpty()) {
      return Conv.list(List.of());
    }
    List<String> header = rows.get(0);
    List<Value> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() != header.size()) {
        throw new FnException("csvdecode() row has " + row.size() + " fields but the header has " + header.size());
      }
      Map<String, Value> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        fields.put(header.get(i), str(row.get(i)));
      }
      out.add(Conv.obj(fields));
    }
    return Conv.list(out);
  }

  /** RFC 4180 CSV, as Go's encoding/csv reads it. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String s) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
          any = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
          any = true;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
            Conv.checkSize(rows.size());
          }
          row = new ArrayList<>();
          field.setLength(0);
          any = false;
        } else {
          field.append(c);
          any = true;
        }
      }
      if (quoted) {
        throw new FnException("csvdecode() found an unclosed quote");
      }
      if (any || field.length() > 0) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
