package dev.tollgate.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency. Arithmetic is exact; rounding happens only when an amount is
 * rendered for people to read.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  public static final String USD = "USD";
  public static final Money ZERO = new Money(BigDecimal.ZERO, USD);

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (currency.length() != 3) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
  }

  public static Money usd(BigDecimal amount) {
    return new Money(amount, USD);
  }

  public static Money usd(String amount) {
    return new Money(new BigDecimal(amount), USD);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public int signum() {
    return amount.signum();
  }

  /** Rounded to cents the way people read money: {@code $1,234.57}, {@code -$3.10}. */
  public String display() {
    return display(2);
  }

  /** Rounded to {@code scale} decimals; a sign for negative amounts, none for positive ones. */
  public String display(int scale) {
    BigDecimal rounded = amount.setScale(scale, RoundingMode.HALF_UP);
    String digits = grouped(rounded.abs(), scale);
    String sign = rounded.signum() < 0 ? "-" : "";
    return sign + symbol() + digits;
  }

  /** Like {@link #display()} but always signed: {@code +$12.00}, {@code -$3.10}, {@code $0.00}. */
  public String displaySigned() {
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "-" : "";
    return sign + symbol() + grouped(rounded.abs(), 2);
  }

  private String symbol() {
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

  private static String grouped(BigDecimal value, int scale) {
    StringBuilder pattern = new StringBuilder("#,##0");
    if (scale > 0) {
      pattern.append('.').append("0".repeat(scale));
    }
    DecimalFormat format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + currency + " and " + other.currency);
    }
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }
}
