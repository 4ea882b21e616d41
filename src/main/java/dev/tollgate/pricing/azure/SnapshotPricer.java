package dev.tollgate.pricing.azure;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code azurerm_snapshot}: snapshot storage for the usage file's {@code storage_gb}, else its
 * {@code disk_size_gb}, else the size of the managed disk it copies ({@code source_uri} in the same plan).
 */
public final class SnapshotPricer implements RelatedPricer {

  @Override
  public String resourceType() {
    return "azurerm_snapshot";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(Snapshots.STORAGE_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    List<String> assumptions = new ArrayList<>();
    Optional<BigDecimal> gb = usage.number(Snapshots.STORAGE_GB.key()).or(() -> r.attributes().number("disk_size_gb"));
    if (gb.isEmpty()) {
      for (Resource disk : related.referencedBy(r, "source_uri", "azurerm_managed_disk")) {
        gb = disk.attributes().number("disk_size_gb");
        gb.ifPresent(size -> assumptions.add("size of the disk it copies, " + disk.address() + ": " + size.toPlainString() + " GB"));
        if (gb.isPresent()) {
          break;
        }
      }
    }
    return Snapshots.priced(r.region().code(), gb, assumptions, prices);
  }
}
