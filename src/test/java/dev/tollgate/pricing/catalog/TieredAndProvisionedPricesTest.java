package dev.tollgate.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prices that differ only by volume tier (cyclenerd's Monitoring and egress tiers) or by meter within
 * one sku (Flexera's Ultra and Premium SSD v2 rates) are each in the shipped catalog, not one of them.
 */
class TieredAndProvisionedPricesTest {

  private final PriceCatalog catalog = PriceCatalog.shipped();

  @Test
  void every_cloud_monitoring_volume_tier_is_its_own_price() {
    PriceQuery.Builder q = PriceQuery.of("gcp", "Cloud Monitoring", "Data", "us-central1").attr("resource", "data");
    assertThat(usd(q.price(PriceFilter.ON_DEMAND.withStartUsage("0")).build())).isEqualTo("0.258");
    assertThat(usd(PriceQuery.of("gcp", "Cloud Monitoring", "Data", "us-central1").attr("resource", "data")
        .price(PriceFilter.ON_DEMAND.withStartUsage("100000")).build())).isEqualTo("0.151");
    assertThat(usd(PriceQuery.of("gcp", "Cloud Monitoring", "Data", "us-central1").attr("resource", "data")
        .price(PriceFilter.ON_DEMAND.withStartUsage("250000")).build())).isEqualTo("0.061");
    List<CatalogPrice> egress = catalog.find(PriceQuery.of("gcp", "Compute Engine", "Network", "us-central1")
        .attr("resource", "network.traffic.egress.internet").build());
    assertThat(egress).extracting(CatalogPrice::startUsageAmount).containsExactlyInAnyOrder("0", "1", "10");
  }

  @Test
  void ultra_disk_meters_stay_apart_in_flexera_regions_and_agree_with_andy_diericks_in_theirs() {
    assertThat(ultra("eastus", "Provisioned Capacity$")).isEqualTo("0.000164");
    assertThat(ultra("eastus", "Provisioned IOPS$")).isEqualTo("0.000068");
    assertThat(ultra("eastus", "Provisioned Throughput \\(MBps\\)$")).isEqualTo("0.000479");
    assertThat(ultra("eastus", "Reservation per vCPU Provisioned$")).isEqualTo("0.006");
    // westeurope: Flexera's and andy-diericks' rows are one price each (the same numbers).
    assertThat(catalog.find(PriceQuery.of("azure", "Storage", "Storage", "westeurope").attr("productName", "Ultra Disks")
        .attr("skuName", "Ultra LRS").attrRegex("meterName", "/Provisioned IOPS$/").build())).hasSize(1);
    assertThat(usd(PriceQuery.of("azure", "Storage", "Storage", "eastus").attr("productName", "Azure Premium SSD v2")
        .attr("skuName", "Premium LRS").attrRegex("meterName", "/Provisioned IOPS$/").build())).isEqualTo("0.000007");
  }

  private String ultra(String region, String meter) {
    return usd(PriceQuery.of("azure", "Storage", "Storage", region).attr("productName", "Ultra Disks")
        .attr("skuName", "Ultra LRS").attrRegex("meterName", "/" + meter + "/").build());
  }

  private String usd(PriceQuery q) {
    PriceAnswer a = catalog.lookup(q);
    assertThat(a).as(q.describe()).isInstanceOf(PriceAnswer.Found.class);
    return ((PriceAnswer.Found) a).usd().stripTrailingZeros().toPlainString();
  }
}
