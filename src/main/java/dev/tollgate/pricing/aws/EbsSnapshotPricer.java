package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_ebs_snapshot}: snapshot storage, sized as the volume it copies (its {@code volume_size},
 * else the snapshotted {@code aws_ebs_volume} of the same plan: a first snapshot is a full copy), fast
 * snapshot restore and the EBS direct APIs (usage).
 */
public final class EbsSnapshotPricer implements RelatedPricer {

  static final UsageKey FSR_HOURS = UsageKey.number("fast_snapshot_restore_hours", "DSU-hours a month of fast snapshot restore.");
  static final UsageKey LIST_REQUESTS = UsageKey.number("monthly_list_block_requests", "ListChangedBlocks and ListSnapshotBlocks requests a month.");
  static final UsageKey GET_REQUESTS = UsageKey.number("monthly_get_block_requests", "GetSnapshotBlock requests a month.");
  static final UsageKey PUT_REQUESTS = UsageKey.number("monthly_put_block_requests", "PutSnapshotBlock requests a month.");

  @Override
  public String resourceType() {
    return "aws_ebs_snapshot";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(LIST_REQUESTS, GET_REQUESTS, PUT_REQUESTS, FSR_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    Optional<BigDecimal> size = r.attributes().number("volume_size")
        .or(() -> related.first(r, "volume_id", "aws_ebs_volume").flatMap(v -> v.attributes().number("size")));
    UnitPrice storagePrice = prices.unit(Aws.query("AmazonEC2", "Storage Snapshot", region)
        .attrRegex("usagetype", "/EBS:SnapshotUsage$/").build());
    List<CostComponent> out = new ArrayList<>();
    if (size.isPresent()) {
      out.add(CostComponent.fixed("EBS snapshot storage", "GB", size.get(), storagePrice));
    } else {
      assumptions.add("the snapshot's size is known only after apply and its volume is not in this plan");
      out.add(CostComponent.usage("EBS snapshot storage", "GB", Optional.empty(), storagePrice));
    }
    out.add(CostComponent.usage("Fast snapshot restore", "DSU-hours", usage.number(FSR_HOURS.key()), prices.unit(
        Aws.query("AmazonEC2", "Fast Snapshot Restore", region).attr("usagetype", "EBS:FastSnapshotRestore").build())));
    out.add(api("ListChangedBlocks & ListSnapshotBlocks API requests", "EBS:directAPI.snapshot.List",
        usage.number(LIST_REQUESTS.key()), region, prices));
    out.add(api("GetSnapshotBlock API requests", "EBS:directAPI.snapshot.Get", usage.number(GET_REQUESTS.key()), region, prices));
    out.add(api("PutSnapshotBlock API requests", "EBS:directAPI.snapshot.Put", usage.number(PUT_REQUESTS.key()), region, prices));
    return new Outcome.Priced(out, List.of(), assumptions);
  }

  private static CostComponent api(String name, String usagetype, Optional<BigDecimal> n, String region, Prices prices) {
    return CostComponent.usage(name, "1k requests", Aws.per(n, Aws.THOUSAND), prices.scaled(
        Aws.query("AmazonEC2", "EBS direct API Requests", region).attr("usagetype", usagetype).build(), Aws.THOUSAND));
  }
}
