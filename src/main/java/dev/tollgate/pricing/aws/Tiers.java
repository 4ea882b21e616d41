package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.UnitPrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Usage billed in volume tiers (Lambda duration, S3 storage, API requests): one component per tier
 * the usage reaches, as Infracost shows them. Without usage, only the first tier is shown, with its
 * price, so the reader sees what the usage would cost.
 */
final class Tiers {

  /**
   * One tier.
   *
   * @param label the component name for this tier, {@code Duration (first 6B)}
   * @param start where the tier starts, in the catalog's units (the catalog's startUsageAmount)
   * @param end where it ends, or null for no end
   */
  record Tier(String label, BigDecimal start, BigDecimal end) {
    static Tier of(String label, long start, Long end) {
      return new Tier(label, BigDecimal.valueOf(start), end == null ? null : BigDecimal.valueOf(end));
    }

    String startAmount() {
      return start.toPlainString();
    }
  }

  private Tiers() {}

  /**
   * Splits {@code quantity} (catalog units) over the tiers; each component shows its share divided by
   * {@code unitSize} (a component in 1M requests over a per-request price) and the tier's price,
   * found by {@code priceOf(tier)} and multiplied by {@code unitSize}.
   */
  static List<CostComponent> split(Optional<BigDecimal> quantity, List<Tier> tiers, String unit, BigDecimal unitSize,
      Function<Tier, UnitPrice> priceOf) {
    List<CostComponent> out = new ArrayList<>();
    if (quantity.isEmpty()) {
      Tier first = tiers.get(0);
      out.add(CostComponent.usage(first.label(), unit, Optional.empty(), scaled(priceOf.apply(first), unitSize)));
      return out;
    }
    BigDecimal q = quantity.get();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      BigDecimal top = t.end() == null ? q : q.min(t.end());
      BigDecimal inTier = top.subtract(t.start()).max(BigDecimal.ZERO);
      if (i > 0 && inTier.signum() == 0) {
        break;
      }
      out.add(CostComponent.usage(t.label(), unit, Optional.of(inTier.divide(unitSize, Hours.PRECISION)),
          scaled(priceOf.apply(t), unitSize)));
    }
    return out;
  }

  private static UnitPrice scaled(UnitPrice p, BigDecimal factor) {
    if (p instanceof UnitPrice.Found) {
      UnitPrice.Found f = (UnitPrice.Found) p;
      return UnitPrice.of(f.perUnit().multiply(factor), f.source());
    }
    return p;
  }
}
