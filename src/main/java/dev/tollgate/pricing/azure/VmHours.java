package dev.tollgate.pricing.azure;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hours of an Azure VM size, as Infracost names them ({@code Instance usage (pay as you go,
 * Standard_B1s)}, {@code Instance usage (Windows, pay as you go, Standard_D2s_v3)}), from the Retail
 * API's words: Linux is a product not ending in " Windows", Spot a meter ending in " Spot". The local
 * catalog's Linux rows come from Karpenter (57 regions, some without a product name) and andy-diericks
 * (5 EU regions, which alone have Windows and Spot rows), so a missing price says which of those gaps it is.
 */
final class VmHours {

  /** The five regions whose Windows and Spot prices the local catalog has (andy-diericks). */
  static final List<String> EU_REGIONS = List.of("westeurope", "northeurope", "francecentral", "swedencentral", "belgiumcentral");
  /** Size names are letters, digits, underscores and dashes, so they go into a regex as they are. */
  private static final Pattern SIZE = Pattern.compile("^[A-Za-z0-9_-]+$");
  private static final String NOT_SPOT = "/^(?!.*(Spot|Low Priority)$)/";

  /** How an Azure VM is bought and licensed. */
  enum Os { LINUX, WINDOWS }

  private VmHours() {}

  /** {@code standard_b1s} and {@code B1s} both become a size matched without regard to case. */
  static String armName(String size) {
    String s = size.trim();
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.startsWith("standard_") || lower.startsWith("basic_") ? s : "Standard_" + s;
  }

  /**
   * @param hybridBenefit Windows under Azure Hybrid Benefit pays the base (Linux) compute rate
   * @param quantity hours a month times instances
   */
  static CostComponent component(String region, String size, Os os, boolean spot, boolean hybridBenefit,
      BigDecimal quantity, Prices prices) {
    String how = (os == Os.WINDOWS ? "Windows, " : "") + (spot ? "spot" : hybridBenefit ? "hybrid benefit" : "pay as you go");
    String name = "Instance usage (" + how + ", " + size + ")";
    String arm = armName(size);
    if (!SIZE.matcher(arm).matches()) {
      return CostComponent.fixed(name, "hours", quantity, UnitPrice.missing("\"" + size + "\" is not an Azure VM size name"));
    }
    String skuRegex = "/^" + arm + "$/i";
    boolean windowsRate = os == Os.WINDOWS && !hybridBenefit;
    PriceQuery.Builder q = base(region, skuRegex, spot)
        .attrRegex("productName", windowsRate ? "/Windows$/" : "/^(?!.* Windows$)/");
    PriceAnswer a = prices.source().lookup(q.build());
    if (a instanceof PriceAnswer.NotFound && !windowsRate && !spot) {
      // Karpenter's rows may lack a product name; they are all Linux (they carry a tier, Windows rows do not).
      a = prices.source().lookup(base(region, skuRegex, false).attrRegex("tier", "/./").build());
    }
    if (a instanceof PriceAnswer.Found) {
      PriceAnswer.Found f = (PriceAnswer.Found) a;
      return CostComponent.fixed(name, "hours", quantity, UnitPrice.of(f.usd(), f.provenance()));
    }
    return CostComponent.fixed(name, "hours", quantity, UnitPrice.missing(
        ((PriceAnswer.NotFound) a).reason() + gap(region, arm, windowsRate, spot, prices)));
  }

  private static PriceQuery.Builder base(String region, String skuRegex, boolean spot) {
    return PriceQuery.of("azure", "Virtual Machines", "Compute", region)
        .attrRegex("armSkuName", skuRegex)
        .attrRegex("meterName", spot ? "/ Spot$/" : NOT_SPOT)
        .price(PriceFilter.purchase("Consumption").withUnit("1 Hour"));
  }

  /**
   * A missing price from a meter the local catalog has only in andy-diericks' five EU regions (disk
   * operations, snapshots) says so.
   */
  static UnitPrice euOnly(UnitPrice price, String what, String region, Prices prices) {
    if (price instanceof UnitPrice.Missing && prices.source() instanceof PriceCatalog && !EU_REGIONS.contains(region)) {
      return UnitPrice.missing(((UnitPrice.Missing) price).reason() + "; the local catalog has " + what + " prices only for "
          + String.join(", ", EU_REGIONS) + " (andy-diericks)");
    }
    return price;
  }

  /** Why the local catalog may lack the price, for the reader. */
  private static String gap(String region, String arm, boolean windows, boolean spot, Prices prices) {
    if (!(prices.source() instanceof PriceCatalog)) {
      return "";
    }
    if ((windows || spot) && !EU_REGIONS.contains(region)) {
      return "; the local catalog has " + (windows ? "Windows" : "Spot") + " VM prices only for " + String.join(", ", EU_REGIONS)
          + " (andy-diericks)";
    }
    if (spot) {
      return "; not every size is sold as Spot";
    }
    if (!windows) {
      return "; " + arm + " may not be sold there, or its Karpenter row was withheld for a price out of line with its series"
          + " (docs/price-catalog.md)";
    }
    return "";
  }
}
