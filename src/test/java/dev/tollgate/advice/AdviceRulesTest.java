package dev.tollgate.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.model.Hint;
import dev.tollgate.model.Hours;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.PriceAnswer;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.support.Plans;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule as a positive and a negative case, with the input inline. Every saving is checked
 * against prices looked up here, independently, in the shipped catalog.
 */
class AdviceRulesTest {

  // ---- gp2 -> gp3

  @Test
  void gp2_volume_saves_the_storage_price_difference() throws Exception {
    List<Hint> hints = advise("us-east-1", "aws_ebs_volume.data", """
        {"type": "gp2", "size": 100, "availability_zone": "us-east-1a"}""");
    BigDecimal expected = gb("us-east-1", "gp2").subtract(gb("us-east-1", "gp3")).multiply(BigDecimal.valueOf(100));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.rule()).isEqualTo("gp2-to-gp3");
      assertThat(h.from() + " -> " + h.to()).isEqualTo("gp2 -> gp3");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("2.00");
    });
  }

  @Test
  void large_gp2_volume_keeps_its_iops_and_throughput_on_gp3_and_pays_for_them() throws Exception {
    List<Hint> hints = advise("us-east-1", "aws_ebs_volume.big", """
        {"type": "gp2", "size": 2000}""");
    // gp2 at 2,000 GiB gives 6,000 IOPS and 250 MiB/s; gp3 includes 3,000 IOPS and 125 MiB/s.
    BigDecimal gp3 = gb("us-east-1", "gp3").multiply(BigDecimal.valueOf(2000))
        .add(iops("us-east-1", "gp3", "/EBS:VolumeP-IOPS.gp3/").multiply(BigDecimal.valueOf(3000)))
        .add(throughputPerMiB("us-east-1").multiply(BigDecimal.valueOf(125)));
    BigDecimal expected = gb("us-east-1", "gp2").multiply(BigDecimal.valueOf(2000)).subtract(gp3);
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.to()).isEqualTo("gp3 (6,000 IOPS, 250 MiB/s)");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected);
    });
  }

  @Test
  void gp2_root_block_device_of_an_instance_is_advised_as_that_part() throws Exception {
    List<Hint> hints = rule("gp2-to-gp3", advise("eu-west-1", "aws_instance.web", """
        {"instance_type": "m6g.large", "root_block_device": [{"volume_type": "gp2", "volume_size": 50}]}"""));
    BigDecimal expected = gb("eu-west-1", "gp2").subtract(gb("eu-west-1", "gp3")).multiply(BigDecimal.valueOf(50));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.target()).isEqualTo("aws_instance.web root_block_device");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected);
    });
  }

  @Test
  void gp3_or_unstated_volume_types_get_no_volume_hint() throws Exception {
    assertThat(advise("us-east-1", "aws_ebs_volume.data", """
        {"type": "gp3", "size": 100}""")).isEmpty();
    // The plan does not say the type: a saving on an assumed gp2 would be an assumed saving.
    assertThat(rule("gp2-to-gp3", advise("us-east-1", "aws_instance.web", """
        {"instance_type": "m6g.large", "root_block_device": [{"volume_size": 50}]}"""))).isEmpty();
  }

  // ---- io1/io2 -> gp3

  @Test
  void io1_volume_up_to_16000_iops_moves_to_gp3_with_the_same_iops() throws Exception {
    List<Hint> hints = advise("us-east-1", "aws_ebs_volume.db", """
        {"type": "io1", "size": 500, "iops": 4000}""");
    BigDecimal io1 = gb("us-east-1", "io1").multiply(BigDecimal.valueOf(500))
        .add(iops("us-east-1", "io1", "/EBS:VolumeP-IOPS.piops/").multiply(BigDecimal.valueOf(4000)));
    BigDecimal gp3 = gb("us-east-1", "gp3").multiply(BigDecimal.valueOf(500))
        .add(iops("us-east-1", "gp3", "/EBS:VolumeP-IOPS.gp3/").multiply(BigDecimal.valueOf(1000)));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.rule()).isEqualTo("provisioned-iops-to-gp3");
      assertThat(h.to()).isEqualTo("gp3 (4,000 IOPS, 125 MiB/s)");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(io1.subtract(gp3)).isEqualByComparingTo("277.50");
      assertThat(h.caveats()).anyMatch(c -> c.contains("sub-millisecond latency"));
    });
  }

  @Test
  void io2_volume_is_priced_at_io2_rates() throws Exception {
    List<Hint> hints = advise("eu-west-1", "aws_ebs_volume.db", """
        {"type": "io2", "size": 100, "iops": 16000}""");
    BigDecimal io2 = gb("eu-west-1", "io2").multiply(BigDecimal.valueOf(100))
        .add(iops("eu-west-1", "io2", "/EBS:VolumeP-IOPS.io2$/").multiply(BigDecimal.valueOf(16000)));
    BigDecimal gp3 = gb("eu-west-1", "gp3").multiply(BigDecimal.valueOf(100))
        .add(iops("eu-west-1", "gp3", "/EBS:VolumeP-IOPS.gp3/").multiply(BigDecimal.valueOf(13000)));
    assertThat(hints).singleElement().satisfies(h ->
        assertThat(h.monthlySavings().amount()).isEqualByComparingTo(io2.subtract(gp3)));
  }

  @Test
  void provisioned_iops_above_16000_or_multi_attach_stay_where_they_are() throws Exception {
    assertThat(advise("us-east-1", "aws_ebs_volume.db", """
        {"type": "io1", "size": 1000, "iops": 20000}""")).isEmpty();
    assertThat(advise("us-east-1", "aws_ebs_volume.db", """
        {"type": "io2", "size": 500, "iops": 4000, "multi_attach_enabled": true}""")).isEmpty();
  }

  // ---- magnetic -> gp3

  @Test
  void magnetic_volume_with_heavy_io_saves_its_request_charges() throws Exception {
    Path usage = Files.createTempFile("usage", ".yml");
    Files.writeString(usage, "version: 0.1\nresource_usage:\n  aws_ebs_volume.old:\n    monthly_standard_io_requests: 100000000\n");
    List<Hint> hints = advise("us-east-1", "aws_ebs_volume.old", """
        {"type": "standard", "size": 100}""", UsageFile.read(usage));
    BigDecimal magnetic = gb("us-east-1", "standard").multiply(BigDecimal.valueOf(100))
        .add(price(PriceQuery.of("aws", "AmazonEC2", "System Operation", "us-east-1").attr("volumeApiName", "standard")
            .attrRegex("usagetype", "/EBS:VolumeIOUsage/i").build()).multiply(BigDecimal.valueOf(100_000_000)));
    BigDecimal expected = magnetic.subtract(gb("us-east-1", "gp3").multiply(BigDecimal.valueOf(100)));
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.rule()).isEqualTo("magnetic-to-gp3");
      assertThat(h.monthlySavings().amount()).isEqualByComparingTo(expected).isEqualByComparingTo("2.00");
    });
  }

  @Test
  void magnetic_volume_without_io_usage_has_no_priced_saving_so_no_hint() throws Exception {
    // Magnetic storage is cheaper per GB than gp3; without the request count there is no saving to show.
    assertThat(advise("us-east-1", "aws_ebs_volume.old", """
        {"type": "standard", "size": 100}""")).isEmpty();
  }

  // ---- x86 -> Graviton, Intel -> AMD

  @Test
  void m5_instance_gets_the_cheapest_graviton_of_the_same_size_labelled_as_an_architecture_change() throws Exception {
    List<Hint> hints = rule("x86-to-graviton", advise("us-east-1", "aws_instance.app", """
        {"instance_type": "m5.xlarge", "root_block_device": [{"volume_type": "gp3", "volume_size": 20}]}"""));
    BigDecimal m5 = hourly("us-east-1", "m5.xlarge");
    String cheapest = Stream.of("m6g.xlarge", "m7g.xlarge", "m8g.xlarge")
        .filter(t -> hourlyOrNull("us-east-1", t) != null)
        .min((a, b) -> hourly("us-east-1", a).compareTo(hourly("us-east-1", b))).orElseThrow();
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.from()).isEqualTo("m5.xlarge");
      assertThat(h.to()).isEqualTo(cheapest).isEqualTo("m6g.xlarge");
      assertThat(h.monthlySavings().amount())
          .isEqualByComparingTo(m5.subtract(hourly("us-east-1", cheapest)).multiply(Hours.PER_MONTH));
      assertThat(h.caveats()).singleElement().asString().startsWith("Architecture change: m6g.xlarge is arm64");
    });
  }

  @Test
  void intel_instance_gets_the_cheapest_amd_of_the_same_size() throws Exception {
    List<Hint> hints = rule("intel-to-amd", advise("eu-west-1", "aws_instance.app", """
        {"instance_type": "c5.2xlarge"}"""));
    BigDecimal c5 = hourly("eu-west-1", "c5.2xlarge");
    String cheapest = Stream.of("c5a.2xlarge", "c6a.2xlarge", "c7a.2xlarge")
        .filter(t -> hourlyOrNull("eu-west-1", t) != null)
        .min((a, b) -> hourly("eu-west-1", a).compareTo(hourly("eu-west-1", b))).orElseThrow();
    assertThat(hints).singleElement().satisfies(h -> {
      assertThat(h.to()).isEqualTo(cheapest);
      assertThat(h.monthlySavings().amount())
          .isEqualByComparingTo(c5.subtract(hourly("eu-west-1", cheapest)).multiply(Hours.PER_MONTH));
      assertThat(h.caveats()).isEmpty();
    });
  }

  @Test
  void burstable_t3_goes_to_t4g_and_t3a() throws Exception {
    List<Hint> hints = advise("us-east-1", "aws_instance.small", """
        {"instance_type": "t3.medium"}""");
    assertThat(hints).extracting(Hint::to).containsExactly("t4g.medium", "t3a.medium");
    assertThat(hints.get(0).monthlySavings().amount()).isEqualByComparingTo(
        hourly("us-east-1", "t3.medium").subtract(hourly("us-east-1", "t4g.medium")).multiply(Hours.PER_MONTH));
  }

  @Test
  void graviton_metal_dedicated_or_windows_instances_get_no_processor_hint() throws Exception {
    assertThat(rule("x86-to-graviton", advise("us-east-1", "aws_instance.a", """
        {"instance_type": "m6g.xlarge"}"""))).isEmpty();
    assertThat(advise("us-east-1", "aws_instance.a", """
        {"instance_type": "m5.metal"}""")).isEmpty();
    assertThat(advise("us-east-1", "aws_instance.a", """
        {"instance_type": "m5.xlarge", "tenancy": "dedicated"}""")).isEmpty();
    Path usage = Files.createTempFile("usage", ".yml");
    Files.writeString(usage, "version: 0.1\nresource_usage:\n  aws_instance.a:\n    operating_system: windows\n");
    assertThat(advise("us-east-1", "aws_instance.a", """
        {"instance_type": "m5.xlarge"}""", UsageFile.read(usage))).isEmpty();
  }

  @Test
  void a_family_without_counterparts_gets_no_processor_hint() throws Exception {
    assertThat(advise("us-east-1", "aws_instance.gpu", """
        {"instance_type": "g4dn.xlarge"}""")).isEmpty();
  }

  @Test
  void deleted_resources_get_no_hints() throws Exception {
    ProjectEstimate p = Plans.estimate("p", Plans.create("us-east-1", "aws_ebs_volume.x", "{\"type\":\"gp2\",\"size\":10}")
        .replace("[\"create\"]", "[\"delete\"]").replace("\"before\":null,\"after\":", "\"after\":null,\"before\":"),
        UsageFile.NONE);
    assertThat(p.diffs()).hasSize(1);
    assertThat(new Advisor(new PricerRegistry(), new Prices(Engines.catalog())).advise(p, UsageFile.NONE, "USD")).isEmpty();
  }

  @Test
  void every_rule_is_registered_once_with_a_unique_id() {
    assertThat(Rules.ALL).extracting(Rule::id).doesNotHaveDuplicates()
        .containsExactly("gp2-to-gp3", "provisioned-iops-to-gp3", "magnetic-to-gp3", "x86-to-graviton", "intel-to-amd",
            "previous-generation", "multi-az-outside-production", "one-nat-gateway-outside-production", "spot-autoscaling-group",
            "gcp-n1-to-n2-e2", "azure-v3-to-v5");
  }

  // ---- helpers

  private static List<Hint> advise(String region, String address, String after) throws Exception {
    return advise(region, address, after, UsageFile.NONE);
  }

  private static List<Hint> advise(String region, String address, String after, UsageFile usage) throws Exception {
    ProjectEstimate p = Plans.estimate("p", Plans.create(region, address, after), usage);
    return new Advisor(new PricerRegistry(), new Prices(Engines.catalog())).advise(p, usage, "USD");
  }

  private static List<Hint> rule(String id, List<Hint> hints) {
    return hints.stream().filter(h -> h.rule().equals(id)).toList();
  }

  private static BigDecimal gb(String region, String volumeType) {
    return price(PriceQuery.of("aws", "AmazonEC2", "Storage", region).attr("volumeApiName", volumeType)
        .price(PriceFilter.ON_DEMAND.withUnit("GB-Mo")).build());
  }

  private static BigDecimal iops(String region, String volumeType, String usagetype) {
    return price(PriceQuery.of("aws", "AmazonEC2", "System Operation", region).attr("volumeApiName", volumeType)
        .attrRegex("usagetype", usagetype).build());
  }

  /** The catalog's gp3 throughput price is per GiBps-month; a MiBps is 1/1024 of it. */
  private static BigDecimal throughputPerMiB(String region) {
    return price(PriceQuery.of("aws", "AmazonEC2", "Provisioned Throughput", region).attr("volumeApiName", "gp3").build())
        .divide(BigDecimal.valueOf(1024), Hours.PRECISION);
  }

  private static BigDecimal hourly(String region, String type) {
    BigDecimal p = hourlyOrNull(region, type);
    assertThat(p).as(type + " in " + region).isNotNull();
    return p;
  }

  private static BigDecimal hourlyOrNull(String region, String type) {
    PriceAnswer a = Engines.catalog().lookup(PriceQuery.of("aws", "AmazonEC2", "Compute Instance", region)
        .attr("instanceType", type).attr("operatingSystem", "Linux").attr("tenancy", "Shared")
        .attr("preInstalledSw", "NA").attr("licenseModel", "No License required").attr("capacitystatus", "Used")
        .price(dev.tollgate.pricing.PriceFilter.ON_DEMAND).build());
    return a instanceof PriceAnswer.Found ? ((PriceAnswer.Found) a).usd() : null;
  }

  private static BigDecimal price(PriceQuery q) {
    PriceAnswer a = Engines.catalog().lookup(q);
    assertThat(a).as(q.describe()).isInstanceOf(PriceAnswer.Found.class);
    return ((PriceAnswer.Found) a).usd();
  }
}
