package dev.tollgate.terraform.hcl.functions;

import static dev.tollgate.terraform.hcl.functions.Conv.number;

import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Terraform's numeric functions, on BigDecimal. */
final class NumericFunctions {

  private NumericFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "abs", 1, 1, (a, f) -> Conv.num(number(a.get(0)).abs()));
    Functions.add(m, "ceil", 1, 1, (a, f) -> Conv.num(number(a.get(0)).setScale(0, RoundingMode.CEILING)));
    Functions.add(m, "floor", 1, 1, (a, f) -> Conv.num(number(a.get(0)).setScale(0, RoundingMode.FLOOR)));
    Functions.add(m, "signum", 1, 1, (a, f) -> Conv.num(number(a.get(0)).signum()));
    Functions.add(m, "max", 1, -1, (a, f) -> extreme(a, 1));
    Functions.add(m, "min", 1, -1, (a, f) -> extreme(a, -1));
    Functions.add(m, "log", 2, 2, (a, f) -> {
      double x = number(a.get(0)).doubleValue();
      double base = number(a.get(1)).doubleValue();
      return Conv.num(new BigDecimal(Math.log(x) / Math.log(base), Conv.MATH));
    });
    Functions.add(m, "pow", 2, 2, (a, f) -> pow(number(a.get(0)), number(a.get(1))));
    Functions.add(m, "parseint", 2, 2, (a, f) -> parseint(Conv.string(a.get(0)), Conv.integer(a.get(1))));
  }

  private static Value extreme(List<Value> a, int sign) {
    BigDecimal best = null;
    for (Value v : a) {
      BigDecimal n = number(v);
      if (best == null || n.compareTo(best) * sign > 0) {
        best = n;
      }
    }
    return Conv.num(best);
  }

  private static Value pow(BigDecimal x, BigDecimal y) {
    if (y.stripTrailingZeros().scale() <= 0 && y.abs().compareTo(BigDecimal.valueOf(999)) <= 0) {
      int n = y.intValueExact();
      return Conv.num(n >= 0 ? x.pow(n, Conv.MATH) : BigDecimal.ONE.divide(x.pow(-n, Conv.MATH), Conv.MATH));
    }
    double r = Math.pow(x.doubleValue(), y.doubleValue());
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      throw new FnException("pow() result is not a finite number");
    }
    return Conv.num(new BigDecimal(r, Conv.MATH));
  }

  private static Value parseint(String s, int base) {
    if (base < 2 || base > 62) {
      throw new FnException("parseint() base must be 2 to 62");
    }
    if (base > 36) {
      throw new FnException("parseint() bases above 36 are not supported");
    }
    try {
      return Conv.num(new BigDecimal(new BigInteger(s, base)));
    } catch (NumberFormatException e) {
      throw new FnException("parseint() cannot read \"" + Conv.abbreviate(s) + "\" in base " + base);
    }
  }
}
