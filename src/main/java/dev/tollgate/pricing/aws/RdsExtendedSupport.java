package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * RDS Extended Support: a major version kept past its end of standard support is charged per vCPU-hour,
 * at the year 1–2 rate and then (for RDS MySQL and PostgreSQL) the higher year 3 rate. The dates are
 * AWS's published release calendars; which rate applies depends on the day the estimate is for
 * ({@link Prices#asOf()}).
 */
final class RdsExtendedSupport {

  /** When a major version's extended support starts and when its year 3 starts (null: no year 3). */
  private record Dates(LocalDate year1, LocalDate year3) {}

  private static final Map<String, Map<String, Dates>> CALENDARS = Map.of(
      "MySQL", Map.of(
          "5.7", new Dates(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1)),
          "8", new Dates(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 8, 1))),
      "AuroraMySQL", Map.of(
          "5.7", new Dates(LocalDate.of(2024, 12, 1), null),
          "8", new Dates(LocalDate.of(2027, 5, 1), null)),
      "PostgreSQL", postgres(true),
      "AuroraPostgreSQL", postgres(false));

  private RdsExtendedSupport() {}

  /** PostgreSQL 11 started in April 2024; 12 and later in March, a year apart; year 3 two years later. */
  private static Map<String, Dates> postgres(boolean with16) {
    Map<String, Dates> m = new java.util.HashMap<>();
    m.put("11", new Dates(LocalDate.of(2024, 4, 1), LocalDate.of(2026, 4, 1)));
    for (int v = 12; v <= (with16 ? 16 : 15); v++) {
      m.put(Integer.toString(v), new Dates(LocalDate.of(2013 + v, 3, 1), LocalDate.of(2015 + v, 3, 1)));
    }
    return Map.copyOf(m);
  }

  /** The extended-support component for {@code version} on {@code prices.asOf()}, if that version is in it. */
  static Optional<CostComponent> component(RdsEngine engine, String version, String region,
      Supplier<Optional<BigDecimal>> vcpuCount, Prices prices) {
    String code = engine.databaseEngine().replace(" ", "");
    Map<String, Dates> calendar = CALENDARS.get(code);
    if (calendar == null || version.isEmpty()) {
      return Optional.empty();
    }
    String major = version;
    Dates dates = calendar.get(major);
    while (dates == null && major.contains(".")) {
      major = major.substring(0, major.lastIndexOf('.'));
      dates = calendar.get(major);
    }
    LocalDate day = prices.asOf();
    if (dates == null || day.isBefore(dates.year1())) {
      return Optional.empty();
    }
    boolean year3 = dates.year3() != null && !day.isBefore(dates.year3());
    Optional<BigDecimal> vcpus = vcpuCount.get();
    String usagetype = "ExtendedSupport:" + (year3 ? "Yr3:" : "Yr1-Yr2:") + code + major;
    BigDecimal hours = Aws.HOURS.multiply(vcpus.orElse(BigDecimal.ONE));
    CostComponent c = CostComponent.fixed("Extended support (" + (year3 ? "year 3" : "year 1") + ")", "vCPU-hours", hours,
        prices.unit(Aws.query("AmazonRDS", "Extended Support", region).attr("usagetype", usagetype).build()));
    return Optional.of(vcpus.isPresent() ? c : c.withPrice(UnitPrice.missing(
        "the vCPU count of the instance class is not known to the price source")));
  }
}
