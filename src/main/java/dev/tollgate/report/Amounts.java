package dev.tollgate.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money the way Infracost's comment shows it: whole units from one unit up ({@code $1,361},
 * {@code +$41}), cents below ({@code +$0.80}, {@code $0.00}); percentages as whole numbers.
 */
final class Amounts {

  private Amounts() {}

  static String money(BigDecimal v, String currency) {
    return v.abs().compareTo(BigDecimal.ONE) < 0 ? Format.money(v, currency) : whole(v, currency, false);
  }

  static String signed(BigDecimal v, String currency) {
    return v.abs().compareTo(BigDecimal.ONE) < 0 ? Format.signed(v, currency) : whole(v, currency, true);
  }

  private static String whole(BigDecimal v, String currency, boolean sign) {
    BigDecimal r = v.setScale(0, RoundingMode.HALF_UP);
    String digits = String.format(java.util.Locale.ROOT, "%,d", r.abs().toBigInteger());
    String prefix = r.signum() < 0 ? "-" : sign && r.signum() > 0 ? "+" : "";
    return prefix + Format.symbol(currency) + digits;
  }

  /** {@code +100%}, {@code -49%}; empty where there is nothing to compare with. */
  static String percent(BigDecimal past, BigDecimal diff) {
    if (past.signum() == 0 || diff.signum() == 0) {
      return "";
    }
    BigDecimal p = diff.multiply(BigDecimal.valueOf(100)).divide(past, 0, RoundingMode.HALF_UP);
    return (p.signum() > 0 ? "+" : p.signum() < 0 ? "-" : "") + String.format(java.util.Locale.ROOT, "%,d", p.abs().toBigInteger()) + "%";
  }

  /** Long names are cut in the middle, as Infracost cuts project names in its table. */
  static String middle(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int keep = max - 3;
    int head = (keep + 1) / 2;
    return s.substring(0, head) + "..." + s.substring(s.length() - (keep - head));
  }
}
