package dev.tollgate.server;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and formatting for the dashboard. Everything from a webhook goes through {@link #esc}. */
final class Html {
  private Html() {}

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** Text and attribute values: escapes the five characters that can end either. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '&': out.append("&amp;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code $1,234.57} (USD) or {@code 1,234.57 EUR}: rounded to cents here, and only here. */
  static String money(BigDecimal amount, String currency) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String n = f.format(amount.abs().setScale(2, RoundingMode.HALF_UP));
    String sign = amount.signum() < 0 ? "-" : "";
    return "USD".equals(currency) ? sign + "$" + n : sign + n + " " + esc(currency);
  }

  static String signedMoney(BigDecimal amount, String currency) {
    return (amount.signum() > 0 ? "+" : "") + money(amount, currency);
  }

  static String when(Instant t) {
    return WHEN.format(t);
  }

  static String day(Instant t) {
    return DAY.format(t);
  }

  static String shortSha(String sha) {
    return esc(sha.length() > 7 ? sha.substring(0, 7) : sha);
  }
}
