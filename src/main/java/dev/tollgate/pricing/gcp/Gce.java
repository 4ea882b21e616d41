package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.util.Locale;

/**
 * What Compute Engine pricers share: the catalog's words for Compute Engine (cyclenerd's price list,
 * docs/price-catalog.md) and how a VM is bought (on-demand, preemptible or Spot, from its
 * {@code scheduling} block).
 */
final class Gce {

  static final String VENDOR = "gcp";
  static final String SERVICE = "Compute Engine";
  /** The catalog's source for Compute Engine, named in reasons for what it lacks. */
  static final String SOURCE = "cyclenerd's GCP price list";

  private Gce() {}

  /** How a VM is bought: the catalog's purchase option and the label in component names. */
  record Purchase(String option, String label) {
    static final Purchase ON_DEMAND = new Purchase("on_demand", "on-demand");
    static final Purchase PREEMPTIBLE = new Purchase("preemptible", "preemptible");
    /** Spot VMs are billed at the preemptible rates (cyclenerd's {@code hour_spot}). */
    static final Purchase SPOT = new Purchase("preemptible", "spot");

    boolean discounted() {
      return !option.equals("on_demand");
    }
  }

  /** From an instance's or template's {@code scheduling} block, or a node pool's {@code node_config}. */
  static Purchase purchase(Attributes a) {
    Attributes s = a.block("scheduling").orElse(a);
    if (s.string("provisioning_model").map(m -> m.equalsIgnoreCase("SPOT")).orElse(false)
        || a.bool("spot").orElse(false)) {
      return Purchase.SPOT;
    }
    return s.bool("preemptible").orElse(false) ? Purchase.PREEMPTIBLE : Purchase.ON_DEMAND;
  }

  static PriceQuery.Builder query(String family, String region) {
    return PriceQuery.of(VENDOR, SERVICE, family, region);
  }

  static PriceFilter hourly(String option) {
    return PriceFilter.purchase(option).withUnit("Hrs");
  }

  /** A dollar amount for an assumption's text, {@code $1,234.57}; costs themselves are never rounded. */
  static String usd(java.math.BigDecimal amount) {
    return String.format(Locale.ROOT, "$%,.2f", amount.setScale(2, java.math.RoundingMode.HALF_UP));
  }

  /** {@code projects/p/zones/z/diskTypes/pd-ssd} or {@code zones/z/machineTypes/n1-standard-1} to its last part. */
  static String lastSegment(String value) {
    int slash = value.lastIndexOf('/');
    return (slash >= 0 ? value.substring(slash + 1) : value).trim().toLowerCase(Locale.ROOT);
  }
}
