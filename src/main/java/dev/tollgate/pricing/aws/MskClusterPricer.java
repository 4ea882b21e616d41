package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_msk_cluster}: broker hours ({@code number_of_broker_nodes} of the broker node group's
 * instance type, standard or Express) and each broker's EBS storage.
 */
public final class MskClusterPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_msk_cluster";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    Attributes group = a.block("broker_node_group_info").orElse(Attributes.EMPTY);
    String type = group.string("instance_type").orElse("");
    BigDecimal brokers = Aws.number(a, "number_of_broker_nodes", 1);
    String usagetype = type.startsWith("express.") ? "Express." + type.substring("express.".length())
        : "Kafka." + type.replaceFirst("^kafka\\.", "");
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Instance (" + type + ")", "hours", Aws.HOURS.multiply(brokers), prices.unit(
        Aws.query("AmazonMSK", "Managed Streaming for Apache Kafka (MSK)", region).attr("usagetype", usagetype).build())));
    Optional<BigDecimal> gb = group.block("storage_info").flatMap(s -> s.block("ebs_storage_info")).flatMap(e -> e.number("volume_size"))
        .or(() -> group.number("ebs_volume_size"));
    if (!type.startsWith("express.")) {
      out.add(CostComponent.fixed("Storage", "GB", gb.orElse(BigDecimal.valueOf(1000)).multiply(brokers), prices.unit(
          Aws.query("AmazonMSK", "Managed Streaming for Apache Kafka (MSK)", region).attr("usagetype", "Kafka.Storage.GP2").build())));
    }
    return new Outcome.Priced(out, List.of(), gb.isPresent() || type.startsWith("express.") ? List.of()
        : List.of("broker storage not set; priced MSK's default of 1,000 GB per broker"));
  }
}
