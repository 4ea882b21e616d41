package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_s3_bucket}: what is stored and requested, per storage class, all from usage (Infracost's
 * {@code standard:}, {@code intelligent_tiering:}, ... blocks). Standard is always shown, so the reader
 * sees its prices; another class only when the usage file mentions it. Standard and Intelligent-Tiering
 * frequent-access storage are billed in volume tiers (50 TB, 450 TB, over 500 TB).
 */
public final class S3BucketPricer implements Pricer {

  static final UsageKey OBJECT_TAGS = UsageKey.number("object_tags", "Object tags stored.");
  private static final List<StorageClass> CLASSES = List.of(
      new StorageClass("standard", "Standard", "", "S3-API-Tier1", "S3-API-Tier2", "", null),
      new StorageClass("intelligent_tiering", "Intelligent tiering", "INT-", "S3-API-INT-Tier1", "S3-API-INT-Tier2", "INT-", null),
      new StorageClass("standard_infrequent_access", "Standard - infrequent access", "SIA-", "S3-API-SIA-Tier1",
          "S3-API-SIA-Tier2", "SIA-", "Retrieval-SIA"),
      new StorageClass("one_zone_infrequent_access", "One zone - infrequent access", "ZIA-", "S3-API-ZIA-Tier1",
          "S3-API-ZIA-Tier2", "ZIA-", "Retrieval-ZIA"),
      new StorageClass("glacier_flexible_retrieval", "Glacier flexible retrieval", "Glacier", "S3-API-GLACIER-Tier1",
          "S3-API-GLACIER-Tier2", null, null),
      new StorageClass("glacier_deep_archive", "Glacier deep archive", "GDA-", "S3-API-GDA-Tier1", "S3-API-GDA-Tier2", null, null));
  private static final List<UsageKey> KEYS = keys();

  /** One storage class: its usage block, name, usagetype infixes and request groups. */
  private record StorageClass(String usageKey, String name, String infix, String tier1, String tier2, String select,
      String retrieval) {}

  @Override
  public String resourceType() {
    return "aws_s3_bucket";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return KEYS;
  }

  private static List<UsageKey> keys() {
    List<UsageKey> out = new ArrayList<>();
    out.add(OBJECT_TAGS);
    for (StorageClass c : CLASSES) {
      out.add(new UsageKey(c.usageKey(), UsageKey.Type.BLOCK, null, c.name() + ": storage_gb, monthly_tier_1_requests, "
          + "monthly_tier_2_requests" + (c.select() == null ? "" : ", monthly_select_data_scanned_gb, monthly_select_data_returned_gb")
          + (c.retrieval() == null ? "" : ", monthly_data_retrieval_gb")
          + (c.usageKey().equals("intelligent_tiering") ? "; frequent_access_storage_gb, infrequent_access_storage_gb instead of storage_gb" : "")
          + "."));
    }
    return List.copyOf(out);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    List<CostComponent> top = new ArrayList<>();
    usage.number(OBJECT_TAGS.key()).ifPresent(tags -> top.add(CostComponent.usage("Object tagging", "10k tags",
        Optional.of(tags.divide(Aws.TEN_THOUSAND)), prices.scaled(Aws.query("AmazonS3", "Storage", region)
            .attr("usagetype", "TagStorage-TagHrs").build(), Aws.TEN_THOUSAND))));
    List<SubResource> subs = new ArrayList<>();
    for (StorageClass c : CLASSES) {
      if (c.usageKey().equals("standard") || usage.values().containsKey(c.usageKey())) {
        subs.add(new SubResource(c.name(), components(c, usage.block(c.usageKey()), region, prices), List.of()));
      }
    }
    return new Outcome.Priced(top, subs, List.of());
  }

  private static List<CostComponent> components(StorageClass c, Usage u, String region, Prices prices) {
    List<CostComponent> out = new ArrayList<>();
    switch (c.usageKey()) {
      case "standard":
        out.addAll(tieredStorage("Storage", "TimedStorage-ByteHrs", u.number("storage_gb"), region, prices));
        break;
      case "intelligent_tiering":
        out.addAll(tieredStorage("Storage (frequent access)", "TimedStorage-INT-FA-ByteHrs",
            u.number("frequent_access_storage_gb"), region, prices));
        out.add(storage("Storage (infrequent access)", "TimedStorage-INT-IA-ByteHrs", u.number("infrequent_access_storage_gb"), region, prices));
        break;
      case "glacier_flexible_retrieval":
        out.add(storage("Storage", "TimedStorage-GlacierByteHrs", u.number("storage_gb"), region, prices));
        break;
      default:
        out.add(storage("Storage", "TimedStorage-" + c.infix() + "ByteHrs", u.number("storage_gb"), region, prices));
    }
    out.add(requests("PUT, COPY, POST, LIST requests", c.tier1(), u.number("monthly_tier_1_requests"), region, prices));
    out.add(requests("GET, SELECT, and all other requests", c.tier2(), u.number("monthly_tier_2_requests"), region, prices));
    if (c.retrieval() != null) {
      out.add(CostComponent.usage("Retrievals", "GB", u.number("monthly_data_retrieval_gb"), prices.unit(
          Aws.query("AmazonS3", "Fee", region).attr("usagetype", c.retrieval()).build())));
    }
    if (c.select() != null) {
      out.add(select("Select data scanned", "Select-Scanned-" + c.select() + "Bytes", u.number("monthly_select_data_scanned_gb"), region, prices));
      out.add(select("Select data returned", "Select-Returned-" + c.select() + "Bytes", u.number("monthly_select_data_returned_gb"), region, prices));
    }
    return out;
  }

  private static List<CostComponent> tieredStorage(String name, String usagetype, Optional<BigDecimal> gb, String region,
      Prices prices) {
    List<Tiers.Tier> tiers = List.of(Tiers.Tier.of(name, 0, 51_200L),
        Tiers.Tier.of(name + " (next 450 TB)", 51_200, 512_000L), Tiers.Tier.of(name + " (over 500 TB)", 512_000, null));
    return Tiers.split(gb, tiers, "GB", BigDecimal.ONE, t -> prices.unit(Aws.query("AmazonS3", "Storage", region)
        .attr("usagetype", usagetype).price(PriceFilter.ANY.withStartUsage(t.startAmount())).build()));
  }

  private static CostComponent storage(String name, String usagetype, Optional<BigDecimal> gb, String region, Prices prices) {
    return CostComponent.usage(name, "GB", gb, prices.unit(Aws.query("AmazonS3", "Storage", region)
        .attr("usagetype", usagetype).price(Aws.FIRST_TIER).build()));
  }

  private static CostComponent requests(String name, String group, Optional<BigDecimal> n, String region, Prices prices) {
    return CostComponent.usage(name, "1k requests", Aws.per(n, Aws.THOUSAND), prices.scaled(
        Aws.query("AmazonS3", "API Request", region).attr("group", group).build(), Aws.THOUSAND));
  }

  private static CostComponent select(String name, String usagetype, Optional<BigDecimal> gb, String region, Prices prices) {
    return CostComponent.usage(name, "GB", gb, prices.unit(Aws.query("AmazonS3", "Select", region)
        .attr("usagetype", usagetype).build()));
  }
}
