package dev.tollgate.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How amounts read in every report: money to the cent, quantities grouped, unit prices in full. */
public final class Format {

  private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private Format() {}

  public static String symbol(String currency) {
    switch (currency) {
      case "USD":
        return "$";
      case "EUR":
        return "€";
      case "GBP":
        return "£";
      default:
        return currency + " ";
    }
  }

  /** {@code $1,234.57}, {@code -$3.10}. */
  public static String money(BigDecimal amount, String currency) {
    BigDecimal r = amount.setScale(2, RoundingMode.HALF_UP);
    return (r.signum() < 0 ? "-" : "") + symbol(currency) + grouped(r.abs(), 2, 2);
  }

  /** {@code +$12.00}, {@code -$3.10}, {@code $0.00}. */
  public static String signed(BigDecimal amount, String currency) {
    BigDecimal r = amount.setScale(2, RoundingMode.HALF_UP);
    return (r.signum() > 0 ? "+" : r.signum() < 0 ? "-" : "") + symbol(currency) + grouped(r.abs(), 2, 2);
  }

  /** A quantity as people count: {@code 1,460}, {@code 0.5}, {@code 0.0049}. */
  public static String quantity(BigDecimal q) {
    return (q.signum() < 0 ? "-" : "") + grouped(q.abs(), 0, 4);
  }

  /** A unit price with every significant digit: {@code $0.768}, {@code $0.00000005}, {@code $0.10}. */
  public static String unitPrice(BigDecimal p, String currency) {
    BigDecimal s = p.stripTrailingZeros();
    int scale = Math.max(2, s.scale());
    return (p.signum() < 0 ? "-" : "") + symbol(currency) + grouped(p.abs(), 2, Math.min(scale, 12));
  }

  private static String grouped(BigDecimal v, int minFraction, int maxFraction) {
    DecimalFormat f = new DecimalFormat("#,##0", ROOT);
    f.setMinimumFractionDigits(minFraction);
    f.setMaximumFractionDigits(maxFraction);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(v);
  }
}
