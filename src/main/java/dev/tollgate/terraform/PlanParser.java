package dev.tollgate.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams a plan's JSON into a {@link RawPlan}, materialising only what pricing needs
 * ({@code resource_changes}, {@code configuration}, {@code variables}, prior-state addresses) so a plan
 * of tens of thousands of resources stays small in memory. Every shape error names its JSON path.
 */
final class PlanParser {

  static final int MAX_DEPTH = 256;
  private static final JsonFactory FACTORY = factory();

  private final String name;
  private final PlanText text;
  private JsonParser p;

  PlanParser(String name, PlanText text) {
    this.name = name;
    this.text = text;
  }

  private static JsonFactory factory() {
    JsonFactory f = new JsonFactory();
    f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return f;
  }

  RawPlan parse() throws InputException {
    try (JsonParser parser =
        FACTORY.createParser(text.json(), text.start(), text.json().length - text.start())) {
      this.p = parser;
      RawPlan plan = readRoot();
      long end = p.currentLocation().getByteOffset();
      String trailer = PlanText.unexpectedTrailer(text.json(), text.start() + (int) end);
      if (trailer != null) {
        throw problem("plan.trailing", "unexpected text after the plan's JSON: \"" + trailer + "\"", null);
      }
      return plan;
    } catch (StreamConstraintsException e) {
      throw problem("plan.too_deep", "JSON nested deeper than " + MAX_DEPTH + " levels; this is not a Terraform plan", e);
    } catch (JsonParseException e) {
      String msg = firstLine(e.getOriginalMessage());
      if (msg.contains("end-of-input")) {
        throw problem("plan.truncated", "the JSON ends early (is the file truncated?): " + msg, e);
      }
      throw problem("plan.invalid_json", "invalid JSON: " + msg, e);
    } catch (IOException e) {
      throw new InputException("plan.unreadable", "cannot read: " + e.getMessage(), name);
    }
  }

  private RawPlan readRoot() throws IOException, InputException {
    expect(p.nextToken(), JsonToken.START_OBJECT, "the top level");
    String formatVersion = null;
    String terraformVersion = null;
    List<RawPlan.RawChange> changes = new ArrayList<>();
    Value configuration = Value.NULL;
    Value variables = Value.NULL;
    Set<String> prior = new LinkedHashSet<>();
    boolean planKeys = false;
    boolean stateKeys = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "format_version":
          formatVersion = string(t, field);
          break;
        case "terraform_version":
          terraformVersion = string(t, field);
          break;
        case "resource_changes":
          planKeys = true;
          readChanges(t, changes);
          break;
        case "planned_values":
          planKeys = true;
          p.skipChildren();
          break;
        case "configuration":
          configuration = tree(t, field);
          break;
        case "variables":
          variables = tree(t, field);
          break;
        case "prior_state":
          readPriorAddresses(t, prior);
          break;
        case "values":
        case "lineage":
        case "serial":
          stateKeys = true;
          p.skipChildren();
          break;
        default:
          p.skipChildren();
      }
    }
    return new RawPlan(
        formatVersion, terraformVersion, changes, configuration, variables, prior, planKeys, stateKeys);
  }

  private void readChanges(JsonToken t, List<RawPlan.RawChange> out) throws IOException, InputException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    expect(t, JsonToken.START_ARRAY, "resource_changes");
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(readChange("resource_changes[" + i + "]"));
      i++;
    }
  }

  private RawPlan.RawChange readChange(String path) throws IOException, InputException {
    expect(p.currentToken(), JsonToken.START_OBJECT, path);
    String address = null;
    String moduleAddress = "";
    String mode = "managed";
    String type = null;
    String provider = "";
    String deposed = null;
    List<String> actions = null;
    Value before = Value.NULL;
    Value after = Value.NULL;
    Value afterUnknown = Value.NULL;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      String fieldPath = path + "." + field;
      switch (field) {
        case "address":
          address = string(t, fieldPath);
          break;
        case "module_address":
          moduleAddress = string(t, fieldPath);
          break;
        case "mode":
          mode = string(t, fieldPath);
          break;
        case "type":
          type = string(t, fieldPath);
          break;
        case "provider_name":
          provider = string(t, fieldPath);
          break;
        case "deposed":
          deposed = string(t, fieldPath);
          break;
        case "change":
          expect(t, JsonToken.START_OBJECT, fieldPath);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String cf = p.currentName();
            JsonToken ct = p.nextToken();
            switch (cf) {
              case "actions":
                actions = strings(ct, fieldPath + ".actions");
                break;
              case "before":
                before = value(ct);
                break;
              case "after":
                after = value(ct);
                break;
              case "after_unknown":
                afterUnknown = value(ct);
                break;
              default:
                p.skipChildren();
            }
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (address == null || type == null) {
      throw problem("plan.shape", path + ": a resource change needs \"address\" and \"type\"", null);
    }
    if (actions == null || actions.isEmpty()) {
      throw problem("plan.shape", path + ".change.actions: missing; expected a list such as [\"create\"]", null);
    }
    return new RawPlan.RawChange(
        path, address, moduleAddress == null ? "" : moduleAddress, mode, type, provider == null ? "" : provider,
        actions, before, after, afterUnknown, deposed);
  }

  /**
   * Collects managed resource addresses from prior_state ({@code values.root_module} and its
   * {@code child_modules}) without keeping their values. Terraform 0.12 writes a module's resources
   * with short addresses and a separate {@code index}; they are made full here.
   */
  private void readPriorAddresses(JsonToken t, Set<String> out) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    String moduleAddress = "";
    List<String> found = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      if (field.equals("address") && v == JsonToken.VALUE_STRING) {
        moduleAddress = p.getText();
      } else if (field.equals("resources") && v == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String address = null;
          String mode = "managed";
          String index = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken fv = p.nextToken();
            if (f.equals("address") && fv == JsonToken.VALUE_STRING) {
              address = p.getText();
            } else if (f.equals("mode") && fv == JsonToken.VALUE_STRING) {
              mode = p.getText();
            } else if (f.equals("index") && fv == JsonToken.VALUE_STRING) {
              index = "[\"" + p.getText() + "\"]";
            } else if (f.equals("index") && fv == JsonToken.VALUE_NUMBER_INT) {
              index = "[" + p.getText() + "]";
            } else {
              p.skipChildren();
            }
          }
          if (address != null && mode.equals("managed")) {
            found.add(index != null && !address.endsWith("]") ? address + index : address);
          }
        }
      } else if ((field.equals("values") || field.equals("root_module")) && v == JsonToken.START_OBJECT) {
        readPriorAddresses(v, out);
      } else if (field.equals("child_modules") && v == JsonToken.START_ARRAY) {
        JsonToken m;
        while ((m = p.nextToken()) != JsonToken.END_ARRAY) {
          readPriorAddresses(m, out);
        }
      } else {
        p.skipChildren();
      }
    }
    for (String a : found) {
      out.add(moduleAddress.isEmpty() || a.startsWith("module.") ? a : moduleAddress + "." + a);
    }
  }

  /** Converts the current JSON value to a {@link Value}, consuming it. */
  private Value value(JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Value> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          fields.put(key, value(p.nextToken()));
        }
        return new Value.ObjV(fields);
      }
      case START_ARRAY: {
        List<Value> items = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(next));
        }
        return new Value.ListV(items);
      }
      case VALUE_STRING:
        return new Value.Str(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Value.Num(p.getDecimalValue());
      case VALUE_TRUE:
        return Value.TRUE;
      case VALUE_FALSE:
        return Value.FALSE;
      default:
        return Value.NULL;
    }
  }

  private Value tree(JsonToken t, String path) throws IOException, InputException {
    if (t == JsonToken.VALUE_NULL) {
      return Value.NULL;
    }
    expect(t, JsonToken.START_OBJECT, path);
    return value(t);
  }

  private String string(JsonToken t, String path) throws IOException, InputException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw problem("plan.shape", path + ": expected a string, found " + describe(t), null);
    }
    return p.getText();
  }

  private List<String> strings(JsonToken t, String path) throws IOException, InputException {
    expect(t, JsonToken.START_ARRAY, path);
    List<String> out = new ArrayList<>();
    JsonToken next;
    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
      out.add(string(next, path + "[" + out.size() + "]"));
    }
    return out;
  }

  private void expect(JsonToken actual, JsonToken wanted, String path) throws InputException {
    if (actual != wanted) {
      throw problem("plan.shape", path + ": expected " + describe(wanted) + ", found " + describe(actual), null);
    }
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the file";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  private InputException problem(String code, String message, Exception cause) {
    JsonLocation loc = cause instanceof JsonParseException
        ? ((JsonParseException) cause).getLocation()
        : p == null ? null : p.currentLocation();
    String where = name;
    if (loc != null && loc.getLineNr() > 0) {
      where = name + ":" + (loc.getLineNr() + text.lineOffset()) + ":" + loc.getColumnNr();
    }
    return new InputException(code, message, where);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
