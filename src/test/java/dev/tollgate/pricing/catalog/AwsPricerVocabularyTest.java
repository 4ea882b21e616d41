package dev.tollgate.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The rates aws-rates.txt maps for the AWS pricers land in the vocabulary they query: Route 53 hosted
 * zones in their two tiers, CloudFront requests by edge geography, RDS extended support per engine
 * version and year, S3 Select, MSK broker storage, Network Firewall endpoints.
 */
class AwsPricerVocabularyTest {

  private final PriceCatalog catalog = PriceCatalog.shipped();

  @Test
  void route53_hosted_zones_are_global_with_the_first_25_zones_dearer() {
    PriceQuery.Builder q = PriceQuery.of("aws", "AmazonRoute53", "DNS Zone", "global").attr("usagetype", "HostedZone");
    assertThat(usd(q.price(PriceFilter.ANY.withStartUsage("0")).build())).isEqualByComparingTo("0.50");
    assertThat(usd(PriceQuery.of("aws", "AmazonRoute53", "DNS Zone", "global").attr("usagetype", "HostedZone")
        .price(PriceFilter.ANY.withStartUsage("25")).build())).isEqualByComparingTo("0.10");
  }

  @Test
  void cloudfront_requests_are_priced_per_edge_geography() {
    assertThat(usd(cloudfront("HTTP requests", "United States"))).isEqualByComparingTo("0.00000075");
    assertThat(usd(cloudfront("HTTPS requests", "United States"))).isEqualByComparingTo("0.000001");
    assertThat(usd(cloudfront("HTTP requests", "South America"))).isEqualByComparingTo("0.0000016");
    assertThat(usd(cloudfront("HTTPS requests", "Japan"))).isEqualByComparingTo("0.0000012");
  }

  @Test
  void rds_extended_support_is_keyed_by_engine_version_and_year() {
    assertThat(usd(rds("ExtendedSupport:Yr1-Yr2:MySQL5.7"))).isEqualByComparingTo("0.10");
    assertThat(usd(rds("ExtendedSupport:Yr3:MySQL5.7"))).isEqualByComparingTo("0.20");
    assertThat(usd(rds("ExtendedSupport:Yr3:PostgreSQL11"))).isEqualByComparingTo("0.20");
    assertThat(usd(rds("ExtendedSupport:Yr1-Yr2:AuroraPostgreSQL12"))).isEqualByComparingTo("0.10");
    // The source's "Any Year 1 Year 2 13" rows do not say which engine they are for: not mapped.
    assertThat(catalog.lookup(rds("ExtendedSupport:Yr1-Yr2:PostgreSQL13"))).isInstanceOf(PriceAnswer.NotFound.class);
  }

  @Test
  void s3_select_msk_storage_and_network_firewall_endpoints_are_mapped() {
    assertThat(usd(PriceQuery.of("aws", "AmazonS3", "Select", "us-east-1").attr("usagetype", "Select-Scanned-Bytes").build()))
        .isEqualByComparingTo("0.002");
    assertThat(usd(PriceQuery.of("aws", "AmazonMSK", "Managed Streaming for Apache Kafka (MSK)", "us-east-1")
        .attr("usagetype", "Kafka.Storage.GP2").build())).isEqualByComparingTo("0.10");
    assertThat(usd(PriceQuery.of("aws", "AWSNetworkFirewall", "AWS Firewall", "us-east-1")
        .attr("usagetype", "Endpoint-Hour").build())).isEqualByComparingTo("0.395");
  }

  private static PriceQuery cloudfront(String description, String from) {
    return PriceQuery.of("aws", "AmazonCloudFront", "Request", "global").attr("requestDescription", description)
        .attr("fromLocation", from).build();
  }

  private static PriceQuery rds(String usagetype) {
    return PriceQuery.of("aws", "AmazonRDS", "Extended Support", "us-east-1").attr("usagetype", usagetype).build();
  }

  private BigDecimal usd(PriceQuery q) {
    PriceAnswer a = catalog.lookup(q);
    assertThat(a).as(q.describe()).isInstanceOf(PriceAnswer.Found.class);
    return ((PriceAnswer.Found) a).usd();
  }
}
