package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.math.BigDecimal;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Terraform's operators. Precedence is already in the tree ({@code 1 + 2 * 3} arrives as
 * {@code 1 + (2 * 3)}). An unknown operand makes the result unknown, except where the other side
 * decides it ({@code false && x} is false whatever x is).
 */
final class Operators {

  private Operators() {}

  static Value binary(Hcl.Binary.Type op, Expression leftExpr, Expression rightExpr, Scope s, Evaluator ev) {
    Value left = ev.eval(leftExpr, s);
    if (op == Hcl.Binary.Type.And || op == Hcl.Binary.Type.Or) {
      boolean decisive = op == Hcl.Binary.Type.Or;
      if (!left.isUnknown() && Conv.bool(left) == decisive) {
        return Value.of(decisive);
      }
      Value right = ev.eval(rightExpr, s);
      if (!right.isUnknown() && Conv.bool(right) == decisive) {
        return Value.of(decisive);
      }
      return left.isUnknown() || right.isUnknown() ? Value.UNKNOWN : Value.of(!decisive);
    }
    Value right = ev.eval(rightExpr, s);
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
