package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code azurerm_image}: a custom image is stored as snapshots of its disks: the usage file's
 * {@code storage_gb}, else the sizes its {@code os_disk} and {@code data_disk} blocks give.
 */
public final class ImagePricer implements Pricer {

  @Override
  public String resourceType() {
    return "azurerm_image";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(Snapshots.STORAGE_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    Optional<BigDecimal> gb = usage.number(Snapshots.STORAGE_GB.key());
    if (gb.isEmpty()) {
      BigDecimal total = BigDecimal.ZERO;
      boolean any = false;
      for (String block : List.of("os_disk", "data_disk")) {
        for (Attributes d : a.blocks(block)) {
          Optional<BigDecimal> size = d.number("size_gb");
          if (size.isPresent()) {
            total = total.add(size.get());
            any = true;
          }
        }
      }
      if (any) {
        gb = Optional.of(total);
        assumptions.add("stored size assumed the full size of its disks: " + total.toPlainString() + " GB");
      }
    }
    return Snapshots.priced(r.region().code(), gb, assumptions, prices);
  }
}
