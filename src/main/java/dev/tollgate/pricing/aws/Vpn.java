package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Transit gateway attachment charges, shared by VPN connections and the attachment resources. */
final class Vpn {

  static final UsageKey DATA_GB = UsageKey.number("monthly_data_processed_gb", "GB a month processed through the transit gateway attachment.");

  private Vpn() {}

  /** {@code operation} is TransitGatewayVPC, TransitGatewayVPN, TransitGatewayPeering, ... */
  static CostComponent attachmentHours(String region, String operation, Prices prices) {
    return CostComponent.fixed("Transit gateway attachment", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonVPC", "Transit Gateway", region).attr("usagetype", "TransitGateway-Hours")
            .attr("operation", operation).build()));
  }

  static CostComponent dataProcessed(String region, String operation, Optional<BigDecimal> gb, Prices prices) {
    return CostComponent.usage("Data processed", "GB", gb, prices.unit(
        Aws.query("AmazonVPC", "Transit Gateway", region).attr("usagetype", "TransitGateway-Bytes")
            .attr("operation", operation).build()));
  }

  static List<UsageKey> keys() {
    return List.of(DATA_GB);
  }
}
