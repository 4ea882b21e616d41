package dev.tollgate.terraform.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import dev.tollgate.terraform.hcl.functions.Functions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Evaluates expressions of the rewrite-hcl tree the way Terraform does at plan time: operators with
 * their precedence (the tree has it), conditionals whose unknown condition stays unknown, for
 * expressions, function calls, templates and references. Values known only after apply are
 * {@link Value#UNKNOWN} and flow through everything that uses them.
 */
final class Evaluator {

  private final Evaluation ev;
  private final References references;

  Evaluator(Evaluation ev) {
    this.ev = ev;
    this.references = new References(ev, this);
  }

  /** Charges a built value to the load's budget (see {@link Evaluation#charge}). */
  void charge(Value v) {
    ev.charge(v);
  }

  Value eval(Config.Expr e, Scope s) {
    Scope scope = s.in(e.file());
    if (e.node() instanceof Expression) {
      return eval((Expression) e.node(), scope);
    }
    return JsonExpressions.eval((JsonNode) e.node(), scope, this);
  }

  /** As {@link #eval(Config.Expr, Scope)}, but a non-fatal problem makes the value unknown and a note. */
  Value evalOrUnknown(Config.Expr e, Scope s) {
    try {
      return eval(e, s);
    } catch (EvalException x) {
      if (x.fatal) {
        throw x;
      }
      ev.note(x.render() + "; treated as unknown");
      return Value.UNKNOWN;
    }
  }

  Value eval(Expression e, Scope s) {
    ev.step();
    try {
      return dispatch(e, s);
    } catch (FnException f) {
      throw new EvalException(f.code(), f.getMessage(), s.file.location(e), f.fatal());
    }
  }

  private Value dispatch(Expression e, Scope s) {
    if (e instanceof Hcl.Literal) {
      return literal((Hcl.Literal) e);
    }
    if (e instanceof Hcl.QuotedTemplate || e instanceof Hcl.HeredocTemplate) {
      return Templates.eval(e, s, this);
    }
    if (e instanceof Hcl.Parentheses) {
      return eval(((Hcl.Parentheses) e).getExpression(), s);
    }
    if (e instanceof Hcl.TemplateInterpolation) {
      return eval(((Hcl.TemplateInterpolation) e).getExpression(), s);
    }
    if (e instanceof Hcl.Tuple) {
      return tuple((Hcl.Tuple) e, s);
    }
    if (e instanceof Hcl.ObjectValue) {
      return object((Hcl.ObjectValue) e, s);
    }
    if (e instanceof Hcl.Binary) {
      return Operators.chain((Hcl.Binary) e, s, this);
    }
    if (e instanceof Hcl.Unary) {
      Hcl.Unary u = (Hcl.Unary) e;
      return Operators.unary(u.getOperator(), eval(u.getExpression(), s));
    }
    if (e instanceof Hcl.Conditional) {
      Hcl.Conditional c = (Hcl.Conditional) e;
      Value cond = eval(c.getCondition(), s);
      if (cond.isUnknown()) {
        // Which branch applies is known only after apply; so is the result.
        return Value.UNKNOWN;
      }
      if (cond.isNull()) {
        throw new FnException("the condition is null; it must be true or false");
      }
      return eval(Conv.bool(cond) ? c.getTruePart() : c.getFalsePart(), s);
    }
    if (e instanceof Hcl.FunctionCall) {
      return call((Hcl.FunctionCall) e, s);
    }
    if (e instanceof Hcl.ForTuple) {
      return ForExpressions.tuple((Hcl.ForTuple) e, s, this);
    }
    if (e instanceof Hcl.ForObject) {
      return ForExpressions.object((Hcl.ForObject) e, s, this);
    }
    if (e instanceof Hcl.Empty) {
      return Value.NULL;
    }
    return references.eval(e, s);
  }

  private static Value literal(Hcl.Literal l) {
    Object v = l.getValue();
    if (v == null) {
      return Value.NULL;
    }
    if (v instanceof Boolean) {
      return Value.of((Boolean) v);
    }
    if (v instanceof Number) {
      try {
        return Conv.num(new BigDecimal(l.getValueSource().trim()));
      } catch (NumberFormatException e) {
        throw new FnException("\"" + Conv.abbreviate(l.getValueSource()) + "\" is not a number");
      }
    }
    return Conv.str(Templates.unescape(v.toString()));
  }

  private Value tuple(Hcl.Tuple t, Scope s) {
    List<Expression> values = t.getValues().stream().filter(x -> !(x instanceof Hcl.Empty)).toList();
    List<Value> out = new ArrayList<>(values.size());
    for (Expression x : values) {
      out.add(eval(x, s));
    }
    // Terraform 0.11 wrote ["${var.list}"] for a list; the interpolation's list is the list.
    if (values.size() == 1 && Templates.isWholeInterpolation(values.get(0)) && out.get(0) instanceof Value.ListV) {
      return out.get(0);
    }
    return Conv.list(out);
  }

  private Value object(Hcl.ObjectValue o, Scope s) {
    Map<String, Value> out = new LinkedHashMap<>();
    boolean unknownKey = false;
    for (Expression x : o.getAttributes()) {
      if (!(x instanceof Hcl.Attribute)) {
        continue;
      }
      Hcl.Attribute a = (Hcl.Attribute) x;
      Value key = key(a.getName(), s);
      Value value = eval(a.getValue(), s);
      if (key.isUnknown()) {
        unknownKey = true;
      } else {
        out.put(Conv.string(key), value);
      }
    }
    return unknownKey ? Value.UNKNOWN : Conv.obj(out);
  }

  /** An object key: a bare name is the name itself; anything else is an expression. */
  private Value key(Expression name, Scope s) {
    if (name instanceof Hcl.Identifier) {
      return Conv.str(((Hcl.Identifier) name).getName());
    }
    if (name instanceof Hcl.VariableExpression) {
      return Conv.str(((Hcl.VariableExpression) name).getName().getName());
    }
    return eval(name, s);
  }

  private Value call(Hcl.FunctionCall f, Scope s) {
    String name = f.getName().getName();
    List<Expression> args = f.getPadding().getArguments().getElements().stream()
        .filter(x -> !(x instanceof Hcl.Empty)).toList();
    if (name.equals("try")) {
      return tryFunction(args, s);
    }
    if (name.equals("can")) {
      if (args.size() != 1) {
        throw new FnException("can() takes 1 argument, not " + args.size());
      }
      try {
        Value v = eval(args.get(0), s);
        return v.isUnknown() ? Value.UNKNOWN : Value.TRUE;
      } catch (EvalException x) {
        if (x.fatal) {
          throw x;
        }
        return Value.FALSE;
      }
    }
    if (!Functions.exists(name) && !name.contains("::")) {
      throw new FnException("there is no function named \"" + name + "\"");
    }
    List<Value> values = new ArrayList<>(args.size());
    for (Expression a : args) {
      values.add(eval(a, s));
    }
    if (expandsLastArgument(f) && !values.isEmpty()) {
      // f(a, list...) passes the list's elements as the last arguments.
      Value last = values.remove(values.size() - 1);
      if (last.isUnknown()) {
        return Value.UNKNOWN;
      }
      values.addAll(Conv.items(last));
    }
    Value result;
    try {
      result = Functions.call(name, values, ev.sandbox);
    } catch (FnException e) {
      throw e;
    } catch (RuntimeException e) {
      // Arithmetic and date-time overflows on hostile arguments: an error in this call, not a crash.
      throw new FnException(name + "() cannot work with these arguments (" + e.getClass().getSimpleName() + ")");
    }
    ev.charge(result);
    return result;
  }

  /** rewrite-hcl keeps a call's {@code ...} as the text after its last argument. */
  private static boolean expandsLastArgument(Hcl.FunctionCall f) {
    var elements = f.getPadding().getArguments().getPadding().getElements();
    return !elements.isEmpty() && elements.get(elements.size() - 1).getAfter().getWhitespace().contains("...");
  }

  private Value tryFunction(List<Expression> args, Scope s) {
    if (args.isEmpty()) {
      throw new FnException("try() needs at least one argument");
    }
    EvalException last = null;
    for (Expression a : args) {
      try {
        return eval(a, s);
      } catch (EvalException x) {
        if (x.fatal) {
          throw x;
        }
        last = x;
      }
    }
    throw new FnException("no argument of try() could be evaluated; the last said: " + last.getMessage());
  }

  /** The elements of a collection to iterate over, keyed: list indexes, or map keys in lexical order. */
  static Map<Value, Value> entries(Value collection) {
    Map<Value, Value> out = new LinkedHashMap<>();
    if (collection instanceof Value.ListV) {
      List<Value> items = ((Value.ListV) collection).items();
      for (int i = 0; i < items.size(); i++) {
        out.put(Conv.num(i), items.get(i));
      }
    } else if (collection instanceof Value.ObjV) {
      new TreeMap<>(((Value.ObjV) collection).fields()).forEach((k, v) -> out.put(Conv.str(k), v));
    } else if (collection.isNull()) {
      throw new FnException("cannot iterate over a null value");
    } else {
      throw new FnException("cannot iterate over a " + Conv.typeName(collection));
    }
    return out;
  }
}
