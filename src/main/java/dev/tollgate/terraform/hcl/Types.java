package dev.tollgate.terraform.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Variable type constraints ({@code string}, {@code list(object({a = optional(number, 1)}))}, the
 * 0.11 quoted {@code "list"}) and the conversion of a value to one, which fills in
 * {@code optional()} defaults.
 */
final class Types {

  sealed interface Type permits Any, Prim, Coll, Obj, Tuple {}

  record Any() implements Type {}

  record Prim(String name) implements Type {}

  /** list, set or map of one element type. */
  record Coll(String kind, Type element) implements Type {}

  record Field(Type type, boolean optional, Config.Expr defaultValue) {}

  record Obj(Map<String, Field> fields) implements Type {}

  record Tuple(List<Type> elements) implements Type {}

  static final Type ANY = new Any();

  private Types() {}

  static Type parse(Config.Expr e) {
    if (e == null) {
      return ANY;
    }
    if (e.node() instanceof JsonNode) {
      String text = ((JsonNode) e.node()).asText();
      Expression x = JsonExpressions.template("${" + text + "}", e.file().display);
      return parse(((Hcl.TemplateInterpolation) ((Hcl.QuotedTemplate) x).getExpressions().get(0)).getExpression(), e.file());
    }
    return parse((Expression) e.node(), e.file());
  }

  private static Type parse(Expression x, SourceFile file) {
    if (x instanceof Hcl.Parentheses) {
      return parse(((Hcl.Parentheses) x).getExpression(), file);
    }
    String name = null;
    if (x instanceof Hcl.VariableExpression) {
      name = ((Hcl.VariableExpression) x).getName().getName();
    } else if (x instanceof Hcl.Identifier) {
      name = ((Hcl.Identifier) x).getName();
    } else if (x instanceof Hcl.QuotedTemplate && ((Hcl.QuotedTemplate) x).getExpressions().size() == 1
        && ((Hcl.QuotedTemplate) x).getExpressions().get(0) instanceof Hcl.Literal) {
      name = ((Hcl.Literal) ((Hcl.QuotedTemplate) x).getExpressions().get(0)).getValueSource();
    }
    if (name != null) {
      switch (name) {
        case "string":
        case "number":
        case "bool":
          return new Prim(name);
        case "list":
        case "set":
        case "map":
          return new Coll(name, ANY);
        default:
          return ANY;
      }
    }
    if (!(x instanceof Hcl.FunctionCall)) {
      return ANY;
    }
    Hcl.FunctionCall f = (Hcl.FunctionCall) x;
    List<Expression> args = f.getPadding().getArguments().getElements().stream().filter(a -> !(a instanceof Hcl.Empty)).toList();
    String fn = f.getName().getName();
    switch (fn) {
      case "list":
      case "set":
      case "map":
        return new Coll(fn, args.isEmpty() ? ANY : parse(args.get(0), file));
      case "tuple": {
        List<Type> elements = new ArrayList<>();
        if (!args.isEmpty() && args.get(0) instanceof Hcl.Tuple) {
          ((Hcl.Tuple) args.get(0)).getValues().stream().filter(a -> !(a instanceof Hcl.Empty))
              .forEach(a -> elements.add(parse(a, file)));
        }
        return new Tuple(elements);
      }
      case "object": {
        Map<String, Field> fields = new LinkedHashMap<>();
        if (!args.isEmpty() && args.get(0) instanceof Hcl.ObjectValue) {
          for (Expression a : ((Hcl.ObjectValue) args.get(0)).getAttributes()) {
            if (a instanceof Hcl.Attribute) {
              Hcl.Attribute attr = (Hcl.Attribute) a;
              fields.put(HclFiles.name(attr.getName()), field(attr.getValue(), file));
            }
          }
        }
        return new Obj(fields);
      }
      default:
        return ANY;
    }
  }

  private static Field field(Expression x, SourceFile file) {
    if (x instanceof Hcl.FunctionCall && ((Hcl.FunctionCall) x).getName().getName().equals("optional")) {
      List<Expression> args = ((Hcl.FunctionCall) x).getPadding().getArguments().getElements().stream()
          .filter(a -> !(a instanceof Hcl.Empty)).toList();
      Type t = args.isEmpty() ? ANY : parse(args.get(0), file);
      return new Field(t, true, args.size() > 1 ? new Config.Expr(args.get(1), file) : null);
    }
    return new Field(parse(x, file), false, null);
  }

  /** {@code v} converted to {@code t}; {@code defaults} evaluates an optional attribute's default. */
  static Value convert(Value v, Type t, java.util.function.Function<Config.Expr, Value> defaults) {
    if (v.isUnknown() || v.isNull() || t instanceof Any) {
      return v;
    }
    if (t instanceof Prim) {
      switch (((Prim) t).name()) {
        case "string":
          return Conv.str(Conv.string(v));
        case "number":
          return Conv.num(Conv.number(v));
        default:
          return Value.of(Conv.bool(v));
      }
    }
    if (t instanceof Coll) {
      Coll c = (Coll) t;
      if (c.kind().equals("map")) {
        Map<String, Value> out = new LinkedHashMap<>();
        Conv.fields(v).forEach((k, x) -> out.put(k, convert(x, c.element(), defaults)));
        return Conv.obj(out);
      }
      List<Value> out = new ArrayList<>();
      for (Value x : Conv.items(v)) {
        out.add(convert(x, c.element(), defaults));
      }
      return c.kind().equals("set") ? Conv.set(out) : Conv.list(out);
    }
    if (t instanceof Tuple) {
      List<Type> types = ((Tuple) t).elements();
      List<Value> items = Conv.items(v);
      if (items.size() != types.size()) {
        throw new FnException("a tuple of " + types.size() + " elements is required, not " + items.size());
      }
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        out.add(convert(items.get(i), types.get(i), defaults));
      }
      return Conv.list(out);
    }
    Map<String, Value> given = Conv.fields(v);
    Map<String, Value> out = new LinkedHashMap<>();
    for (Map.Entry<String, Field> f : ((Obj) t).fields().entrySet()) {
      Value x = given.getOrDefault(f.getKey(), Value.NULL);
      Field field = f.getValue();
      if (x.isNull() && field.optional() && field.defaultValue() != null) {
        x = defaults.apply(field.defaultValue());
      } else if (!given.containsKey(f.getKey()) && !field.optional()) {
        throw new FnException("attribute \"" + f.getKey() + "\" is required");
      }
      out.put(f.getKey(), convert(x, field.type(), defaults));
    }
    return Conv.obj(out);
  }
}
