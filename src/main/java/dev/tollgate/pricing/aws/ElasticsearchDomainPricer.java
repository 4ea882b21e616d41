package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;

/** {@code aws_elasticsearch_domain}: data, master and UltraWarm node hours and EBS storage (see {@link OpenSearch}). */
public final class ElasticsearchDomainPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_elasticsearch_domain";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return OpenSearch.price(r, prices);
  }
}
