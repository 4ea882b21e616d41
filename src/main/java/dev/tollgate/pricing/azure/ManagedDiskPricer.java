package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code azurerm_managed_disk}: its tier's disk-month and operations, or Ultra / Premium SSD v2 provisioned capacity; see {@link ManagedDisks}. */
public final class ManagedDiskPricer implements Pricer {

  static final UsageKey OPERATIONS = UsageKey.number("monthly_disk_operations", "Disk operations a month (Standard HDD and SSD bill them).");

  @Override
  public String resourceType() {
    return "azurerm_managed_disk";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(OPERATIONS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    String type = a.string("storage_account_type").filter(s -> !s.isBlank()).orElse("");
    BigDecimal gb = a.number("disk_size_gb").orElse(null);
    if (type.isEmpty() || gb == null) {
      String what = type.isEmpty() ? "storage_account_type" : "disk_size_gb";
      return new Outcome.Priced(List.of(CostComponent.fixed("Storage", "months", BigDecimal.ONE, UnitPrice.missing(
          what + " is " + (a.isUnknown(what) ? "known only after apply" : "not set") + ", so the disk's tier is unknown"))),
          List.of(), assumptions);
    }
    ManagedDisks.Disk d = new ManagedDisks.Disk(type, gb, a.number("disk_iops_read_write"), a.number("disk_mbps_read_write"));
    return new Outcome.Priced(ManagedDisks.components(r.region().code(), d, usage.number(OPERATIONS.key()), BigDecimal.ONE, prices),
        List.of(), assumptions);
  }
}
