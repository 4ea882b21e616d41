package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;
import java.util.Locale;

/**
 * {@code aws_mq_broker}: broker hours (a Multi-AZ deployment's price covers its standby or cluster nodes)
 * and storage per GB (usage): EFS or EBS for ActiveMQ, EBS for RabbitMQ.
 */
public final class MqBrokerPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_size_gb", "GB of data the broker stores.");

  @Override
  public String resourceType() {
    return "aws_mq_broker";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    boolean rabbit = a.string("engine_type").orElse("ActiveMQ").toLowerCase(Locale.ROOT).equals("rabbitmq");
    String engine = rabbit ? "RabbitMQ" : "ActiveMQ";
    String mode = a.string("deployment_mode").orElse("SINGLE_INSTANCE").toLowerCase(Locale.ROOT);
    boolean multiAz = !mode.equals("single_instance");
    String type = a.string("host_instance_type").orElse("");
    String storage = rabbit ? "ebs" : a.string("storage_type").orElse("efs").toLowerCase(Locale.ROOT);
    PriceQuery.Builder storageQuery = Aws.query("AmazonMQ", "Broker Storage", region).attr("storageType", storage.toUpperCase(Locale.ROOT));
    if (storage.equals("efs")) {
      storageQuery.attr("brokerEngine", "ActiveMQ");
    }
    return new Outcome.Priced(List.of(
        CostComponent.fixed("Instance usage (" + engine + ", " + type + ", " + mode + ")", "hours", Aws.HOURS, prices.unit(
            Aws.query("AmazonMQ", "Broker Instances", region).attr("instanceType", type).attr("brokerEngine", engine)
                .attr("deploymentOption", multiAz ? "Multi-AZ" : "Single-AZ").build())),
        CostComponent.usage("Storage (" + engine + ", " + storage.toUpperCase(Locale.ROOT) + ")", "GB",
            usage.number(STORAGE_GB.key()), prices.unit(storageQuery.build()))),
        List.of(), List.of());
  }
}
