package dev.tollgate.pricing;

/**
 * Which of a product's prices to take, as Infracost's {@code prices(filter: ...)}: a purchase option
 * ({@code on_demand}, {@code reserved}, {@code spot}, Azure's {@code Consumption}), a unit, a tier
 * start, and reserved terms. Null fields do not filter.
 */
public record PriceFilter(
    String purchaseOption,
    String unit,
    String startUsageAmount,
    String termLength,
    String termPurchaseOption,
    String termOfferingClass) {

  public static final PriceFilter ANY = new PriceFilter(null, null, null, null, null, null);
  public static final PriceFilter ON_DEMAND = purchase("on_demand");

  public static PriceFilter purchase(String option) {
    return new PriceFilter(option, null, null, null, null, null);
  }

  public PriceFilter withUnit(String newUnit) {
    return new PriceFilter(purchaseOption, newUnit, startUsageAmount, termLength, termPurchaseOption, termOfferingClass);
  }

  public PriceFilter withStartUsage(String start) {
    return new PriceFilter(purchaseOption, unit, start, termLength, termPurchaseOption, termOfferingClass);
  }

  public static PriceFilter reserved(String termLength, String termPurchaseOption, String termOfferingClass) {
    return new PriceFilter("reserved", null, "0", termLength, termPurchaseOption, termOfferingClass);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    append(b, "purchaseOption", purchaseOption);
    append(b, "unit", unit);
    append(b, "startUsageAmount", startUsageAmount);
    append(b, "termLength", termLength);
    append(b, "termPurchaseOption", termPurchaseOption);
    append(b, "termOfferingClass", termOfferingClass);
    return b.toString();
  }

  private static void append(StringBuilder b, String k, String v) {
    if (v != null) {
      b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v);
    }
  }
}
