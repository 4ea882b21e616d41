package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours of a Compute Engine machine type, as Infracost names them: {@code Instance usage
 * (Linux/UNIX, on-demand, n2-standard-8)}, priced at the catalog's hourly list price. Custom machine
 * types are priced where the catalog has the exact type ({@code custom-2-10240-ext}); otherwise
 * their vCPU and memory components say that no per-vCPU or per-GB custom rate is in the catalog.
 */
final class Machines {

  /** {@code custom-6-20480}, {@code n2-custom-6-20480}, {@code custom-2-15360-ext}. */
  private static final Pattern CUSTOM = Pattern.compile("^(?:([a-z0-9]+)-)?custom-(\\d+)-(\\d+)(-ext)?$");
  private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);

  private Machines() {}

  /**
   * @param os the label of the image's system: {@code Linux/UNIX}, or the premium system its licence line bills
   * @param hours hours a month each instance runs
   * @param count how many instances
   */
  static List<CostComponent> components(String region, String machineType, String os, Gce.Purchase purchase, BigDecimal hours,
      BigDecimal count, Prices prices, List<String> assumptions) {
    String type = Gce.lastSegment(machineType);
    BigDecimal quantity = hours.multiply(count);
    PriceAnswer exact = prices.source().lookup(Gce.query("Compute Instance", region).attr("machineType", type)
        .price(Gce.hourly(purchase.option())).build());
    Matcher custom = CUSTOM.matcher(type);
    if (exact instanceof PriceAnswer.NotFound && custom.matches()) {
      return custom(custom, os, purchase, quantity);
    }
    UnitPrice price = prices.unit(Gce.query("Compute Instance", region).attr("machineType", type)
        .price(Gce.hourly(purchase.option())).build());
    if (price instanceof UnitPrice.Found && !purchase.discounted() && hours.compareTo(Hours.PER_MONTH) == 0) {
      sustainedUseNote(region, type, ((UnitPrice.Found) price).perUnit(), prices).ifPresent(assumptions::add);
    }
    return List.of(CostComponent.fixed(
        "Instance usage (" + os + ", " + purchase.label() + ", " + type + ")", "hours", quantity, price));
  }

  /** Vendor family of a custom type, as Infracost labels it: N1 for bare {@code custom-}, else N2, N2D, E2. */
  private static List<CostComponent> custom(Matcher m, String os, Gce.Purchase purchase, BigDecimal quantity) {
    String family = m.group(1) == null ? "N1" : m.group(1).toUpperCase(Locale.ROOT);
    int cores = Integer.parseInt(m.group(2));
    BigDecimal memoryGb = new BigDecimal(m.group(3)).divide(MIB_PER_GIB, 3, RoundingMode.HALF_UP).stripTrailingZeros();
    BigDecimal extendedGb = BigDecimal.ZERO;
    if (m.group(4) != null) {
      // Memory above the family's standard ratio (6.5 GB per vCPU on N1, 8 elsewhere) is extended memory.
      BigDecimal max = BigDecimal.valueOf(cores).multiply(family.equals("N1") ? new BigDecimal("6.5") : BigDecimal.valueOf(8));
      if (memoryGb.compareTo(max) > 0) {
        extendedGb = memoryGb.subtract(max).stripTrailingZeros();
        memoryGb = max.stripTrailingZeros();
      }
    }
    UnitPrice missing = UnitPrice.missing("the catalog has no per-vCPU or per-GB custom machine rates (" + Gce.SOURCE
        + " prices only the custom types custom-1-7680-ext, custom-2-10240-ext and custom-4-30720-ext)");
    String how = os + ", " + purchase.label() + ", " + family + " ";
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Custom instance CPU (" + how + cores + " vCPUs)", "hours", quantity, missing));
    out.add(CostComponent.fixed("Custom instance RAM (" + how + memoryGb.toPlainString() + " GB)", "hours", quantity, missing));
    if (extendedGb.signum() > 0) {
      out.add(CostComponent.fixed("Custom instance extended RAM (" + how + extendedGb.toPlainString() + " GB)",
          "hours", quantity, missing));
    }
    return out;
  }

  /** GCP discounts some families for running most of the month; the list price is the upper bound. */
  private static Optional<String> sustainedUseNote(String region, String type, BigDecimal hourly, Prices prices) {
    PriceAnswer month = prices.source().lookup(Gce.query("Compute Instance", region).attr("machineType", type)
        .price(PriceFilter.purchase("sustained_use")).build());
    if (!(month instanceof PriceAnswer.Found)) {
      return Optional.empty();
    }
    BigDecimal sustained = ((PriceAnswer.Found) month).usd();
    BigDecimal list = hourly.multiply(Hours.PER_MONTH);
    if (sustained.compareTo(list) >= 0) {
      return Optional.empty();
    }
    return Optional.of(type + " priced at the hourly list price (" + Gce.usd(list)
        + " a month); run all month, GCP's sustained-use discount brings it to " + Gce.usd(sustained));
  }
}
