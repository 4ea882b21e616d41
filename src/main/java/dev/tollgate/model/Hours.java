package dev.tollgate.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** The calendar Tollgate prices by: a month is 730 hours, as Infracost and the clouds' calculators use. */
public final class Hours {

  public static final BigDecimal PER_MONTH = BigDecimal.valueOf(730);
  /** Precision for the few divisions money needs (hourly figures); far beyond a cent. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private Hours() {}

  public static BigDecimal monthlyToHourly(BigDecimal monthly) {
    return monthly.divide(PER_MONTH, PRECISION);
  }
}
