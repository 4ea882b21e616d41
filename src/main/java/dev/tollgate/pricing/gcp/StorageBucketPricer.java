package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code google_storage_bucket}: storage per GiB-month by storage class and location (a region, the
 * dual-regions NAM4, EUR4 and ASIA1, or the multi-regions US, EU and ASIA), retrieval of Nearline,
 * Coldline and Archive data, and class A and B operations, all depending on usage. The catalog has
 * no operation prices, so those lines say so.
 */
public final class StorageBucketPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GiB stored.");
  static final UsageKey CLASS_A = UsageKey.number("monthly_class_a_operations", "Object adds and bucket or object lists a month.");
  static final UsageKey CLASS_B = UsageKey.number("monthly_class_b_operations", "Object gets and metadata reads a month.");
  static final UsageKey RETRIEVAL_GB = UsageKey.number("monthly_data_retrieval_gb", "GB read from Nearline, Coldline or Archive a month.");

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final Map<String, String> MULTI = Map.of("us", "us-multi", "eu", "europe-multi", "asia", "asia-multi");
  private static final List<String> DUAL = List.of("nam4", "eur4", "asia1");
  /** Terraform's storage classes to cyclenerd's; the legacy MULTI_REGIONAL and REGIONAL are Standard. */
  private static final Map<String, String> CLASSES = Map.of("STANDARD", "standard", "MULTI_REGIONAL", "standard",
      "REGIONAL", "standard", "NEARLINE", "nearline", "COLDLINE", "coldline", "ARCHIVE", "archiv",
      "DURABLE_REDUCED_AVAILABILITY", "dra");

  @Override
  public String resourceType() {
    return "google_storage_bucket";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB, CLASS_A, CLASS_B, RETRIEVAL_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    List<String> assumptions = new ArrayList<>();
    String storageClass = r.attributes().string("storage_class").filter(s -> !s.isBlank())
        .map(s -> s.toUpperCase(Locale.ROOT)).orElse("STANDARD");
    String location = r.region().code().toLowerCase(Locale.ROOT);
    String region = MULTI.getOrDefault(location, location);
    String suffix = MULTI.containsKey(location) ? "-multi" : DUAL.contains(location) ? "-dual" : "";
    String catalogClass = CLASSES.get(storageClass);
    List<CostComponent> out = new ArrayList<>();
    String label = storageClass.toLowerCase(Locale.ROOT);
    if (catalogClass == null) {
      out.add(CostComponent.usage("Storage (" + label + ")", "GiB", usage.number(STORAGE_GB.key()),
          UnitPrice.missing("unknown storage class " + storageClass)));
    } else {
      out.add(CostComponent.usage("Storage (" + label + ")", "GiB", usage.number(STORAGE_GB.key()),
          prices.unit(query("Storage", region).attr("storageClass", catalogClass + suffix)
              .price(PriceFilter.ON_DEMAND.withUnit("GB-Mo")).build())));
      if (List.of("nearline", "coldline", "archiv").contains(catalogClass)) {
        out.add(CostComponent.usage("Data retrieval", "GB", usage.number(RETRIEVAL_GB.key()),
            prices.unit(query("Retrieval", region).attr("resource", "retrieval." + catalogClass + suffix)
                .price(PriceFilter.ON_DEMAND).build())));
      }
    }
    UnitPrice noOps = UnitPrice.missing("the catalog has no Cloud Storage operation prices (" + Gce.SOURCE
        + " has storage and retrieval only)");
    out.add(CostComponent.usage("Object adds, bucket/object list (class A)", "10k operations",
        usage.number(CLASS_A.key()).map(n -> n.divide(TEN_THOUSAND)), noOps));
    out.add(CostComponent.usage("Object gets, retrieve bucket/object metadata (class B)", "10k operations",
        usage.number(CLASS_B.key()).map(n -> n.divide(TEN_THOUSAND)), noOps));
    return new Outcome.Priced(out, List.of(), assumptions);
  }

  private static PriceQuery.Builder query(String family, String region) {
    return PriceQuery.of(Gce.VENDOR, "Cloud Storage", family, region);
  }
}
