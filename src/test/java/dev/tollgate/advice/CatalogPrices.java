package dev.tollgate.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Hours;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.support.Engines;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Prices looked up in the shipped catalog by the tests themselves, so each hint's saving is checked
 * against numbers the rules did not compute.
 */
final class CatalogPrices {

  private CatalogPrices() {}

  static BigDecimal ec2(String region, String type) {
    return found(ec2Query(region, type));
  }

  static Optional<BigDecimal> ec2OrEmpty(String region, String type) {
    return optional(ec2Query(region, type));
  }

  private static PriceQuery ec2Query(String region, String type) {
    return PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region).attr("instanceType", type)
        .attr("operatingSystem", "Linux").attr("tenancy", "Shared").attr("preInstalledSw", "NA")
        .attr("licenseModel", "No License required").attr("capacitystatus", "Used").price(PriceFilter.ON_DEMAND).build();
  }

  static BigDecimal rds(String region, String instanceClass, String engine, String deployment) {
    return found(PriceQuery.of("aws", "AmazonRDS", "Database Instance", region).attr("instanceType", instanceClass)
        .attr("deploymentOption", deployment).attr("databaseEngine", engine).price(PriceFilter.ON_DEMAND).build());
  }

  /** gp2 storage per GB-month. */
  static BigDecimal rdsGp2(String region, String deployment) {
    return found(PriceQuery.of("aws", "AmazonRDS", "Database Storage", region).attr("deploymentOption", deployment)
        .attr("databaseEngine", "Any").attr("volumeType", "General Purpose").build());
  }

  static BigDecimal elastiCache(String region, String nodeType) {
    return found(PriceQuery.of("aws", "AmazonElastiCache", "Cache Instance", region).attr("instanceType", nodeType)
        .attr("locationType", "AWS Region").attr("cacheEngine", "Redis").price(PriceFilter.ON_DEMAND).build());
  }

  static BigDecimal natGatewayHourly(String region) {
    return found(PriceQuery.of("aws", "AmazonEC2", "NAT Gateway", region).attrRegex("usagetype", "/NatGateway-Hours/").build());
  }

  /** {@code on_demand} per hour, {@code sustained_use} per month. */
  static BigDecimal gce(String region, String machine, String purchaseOption) {
    return found(PriceQuery.of("gcp", "Compute Engine", "Compute Instance", region).attr("machineType", machine)
        .price(PriceFilter.purchase(purchaseOption)).build());
  }

  static BigDecimal azureLinux(String region, String size) {
    return found(PriceQuery.of("azure", "Virtual Machines", "Compute", region).attr("armSkuName", size)
        .attrRegex("meterName", "/^(?!.*(Spot|Low Priority)$)/").attrRegex("productName", "/^(?!.* Windows$)/")
        .price(PriceFilter.purchase("Consumption").withUnit("1 Hour")).build());
  }

  static BigDecimal monthly(BigDecimal hourly) {
    return hourly.multiply(Hours.PER_MONTH);
  }

  private static BigDecimal found(PriceQuery q) {
    Optional<BigDecimal> p = optional(q);
    assertThat(p).as(q.describe()).isPresent();
    return p.get();
  }

  private static Optional<BigDecimal> optional(PriceQuery q) {
    PriceAnswer a = Engines.catalog().lookup(q);
    return a instanceof PriceAnswer.Found ? Optional.of(((PriceAnswer.Found) a).usd()) : Optional.empty();
  }
}
