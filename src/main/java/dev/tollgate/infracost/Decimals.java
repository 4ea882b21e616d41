package dev.tollgate.infracost;

import java.math.BigDecimal;

/** Infracost writes decimals as plain strings without trailing zeros: {@code 742.64}, {@code 0}, {@code 730}. */
final class Decimals {

  private Decimals() {}

  static String plain(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    return d.stripTrailingZeros().toPlainString();
  }
}
