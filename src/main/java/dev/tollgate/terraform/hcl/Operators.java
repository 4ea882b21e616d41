package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Terraform's operators. rewrite-hcl gives a chain of binary operators as one right-leaning tree
 * without precedence ({@code 2 * 3 + 1} arrives as {@code 2 * (3 + 1)}), so the chain is taken apart
 * and rebuilt with HCL's precedence and left associativity before it is evaluated. An unknown operand
 * makes the result unknown, except where the other side decides it ({@code false && x} is false).
 */
final class Operators {

  /** An operand, or an operator applied to two sub-trees. */
  private sealed interface Node permits Leaf, Op {}

  private record Leaf(Expression expr) implements Node {}

  private record Op(Hcl.Binary.Type type, Node left, Node right) implements Node {}

  private Operators() {}

  /** Evaluates a chain of binary operators with HCL's precedence. */
  static Value chain(Hcl.Binary b, Scope s, Evaluator ev) {
    List<Expression> operands = new ArrayList<>();
    List<Hcl.Binary.Type> ops = new ArrayList<>();
    Expression cur = b;
    while (cur instanceof Hcl.Binary) {
      Hcl.Binary x = (Hcl.Binary) cur;
      operands.add(x.getLeft());
      ops.add(x.getOperator());
      cur = x.getRight();
    }
    operands.add(cur);
    int[] at = {0};
    Node tree = climb(operands, ops, at, 0);
    return eval(tree, s, ev);
  }

  private static int precedence(Hcl.Binary.Type t) {
    switch (t) {
      case Multiplication:
      case Division:
      case Modulo:
        return 5;
      case Addition:
      case Subtraction:
        return 4;
      case LessThan:
      case GreaterThan:
      case LessThanOrEqual:
      case GreaterThanOrEqual:
        return 3;
      case Equal:
      case NotEqual:
        return 2;
      case And:
        return 1;
      default:
        return 0;
    }
  }

  /** Precedence climbing over operands[at..]: operators at or above {@code min} bind here, left to right. */
  private static Node climb(List<Expression> operands, List<Hcl.Binary.Type> ops, int[] at, int min) {
    Node left = new Leaf(operands.get(at[0]));
    while (at[0] < ops.size() && precedence(ops.get(at[0])) >= min) {
      Hcl.Binary.Type op = ops.get(at[0]);
      at[0]++;
      Node right = climb(operands, ops, at, precedence(op) + 1);
      left = new Op(op, left, right);
    }
    return left;
  }

  private static Value eval(Node n, Scope s, Evaluator ev) {
    if (n instanceof Leaf) {
      return ev.eval(((Leaf) n).expr(), s);
    }
    Op o = (Op) n;
    return binary(o.type(), () -> eval(o.left(), s, ev), () -> eval(o.right(), s, ev));
  }

  static Value binary(Hcl.Binary.Type op, Supplier<Value> leftValue, Supplier<Value> rightValue) {
    Value left = leftValue.get();
    if (op == Hcl.Binary.Type.And || op == Hcl.Binary.Type.Or) {
      boolean decisive = op == Hcl.Binary.Type.Or;
      if (!left.isUnknown() && Conv.bool(left) == decisive) {
        return Value.of(decisive);
      }
      Value right = rightValue.get();
      if (!right.isUnknown() && Conv.bool(right) == decisive) {
        return Value.of(decisive);
      }
      return left.isUnknown() || right.isUnknown() ? Value.UNKNOWN : Value.of(!decisive);
    }
    Value right = rightValue.get();
    if (op == Hcl.Binary.Type.Equal || op == Hcl.Binary.Type.NotEqual) {
      if (left.containsUnknown() || right.containsUnknown()) {
        return Value.UNKNOWN;
      }
      return Value.of(Conv.equal(left, right) == (op == Hcl.Binary.Type.Equal));
    }
    if (left.isUnknown() || right.isUnknown()) {
      return Value.UNKNOWN;
    }
    BigDecimal a = Conv.number(left);
    BigDecimal b = Conv.number(right);
    switch (op) {
      case Addition:
        return Conv.num(a.add(b, Conv.MATH));
      case Subtraction:
        return Conv.num(a.subtract(b, Conv.MATH));
      case Multiplication:
        return Conv.num(a.multiply(b, Conv.MATH));
      case Division:
        if (b.signum() == 0) {
          throw new FnException("division by zero");
        }
        return Conv.num(a.divide(b, Conv.MATH));
      case Modulo:
        if (b.signum() == 0) {
          throw new FnException("modulo by zero");
        }
        return Conv.num(a.remainder(b, Conv.MATH));
      case LessThan:
        return Value.of(a.compareTo(b) < 0);
      case GreaterThan:
        return Value.of(a.compareTo(b) > 0);
      case LessThanOrEqual:
        return Value.of(a.compareTo(b) <= 0);
      case GreaterThanOrEqual:
        return Value.of(a.compareTo(b) >= 0);
      default:
        throw new FnException("unsupported operator " + op);
    }
  }

  static Value unary(Hcl.Unary.Type op, Value v) {
    if (v.isUnknown()) {
      return Value.UNKNOWN;
    }
    if (op == Hcl.Unary.Type.Not) {
      return Value.of(!Conv.bool(v));
    }
    return Conv.num(Conv.number(v).negate());
  }
}
