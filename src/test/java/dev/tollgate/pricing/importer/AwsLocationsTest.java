package dev.tollgate.pricing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.support.Shared;
import org.junit.jupiter.api.Test;

class AwsLocationsTest {

  @Test
  void location_names_map_to_region_codes_local_and_wavelength_zones_included() throws Exception {
    AwsLocations l = AwsLocations.read(new ObjectMapper().readTree(
        Shared.path("pricing-sources/" + AwsLocations.FILE).toFile()));
    assertThat(l.code("US East (N. Virginia)")).contains("us-east-1");
    assertThat(l.code("EU (Ireland)")).contains("eu-west-1");
    assertThat(l.code("US West (Los Angeles)")).contains("us-west-2-lax-1");
    assertThat(l.type("US West (Los Angeles)")).isEqualTo("AWS Local Zone");
    assertThat(l.code("US East (Verizon) - Atlanta")).contains("us-east-1-wl1-atl1");
    assertThat(l.type("US East (Verizon) - Atlanta")).isEqualTo("AWS Wavelength Zone");
    assertThat(l.code("Any")).contains("global");
    assertThat(l.code("Atlantis")).isEmpty();
    assertThat(l.location("eu-west-1")).contains("EU (Ireland)");
  }

  @Test
  void usage_types_lose_their_regional_prefix_only() {
    assertThat(UsageTypes.withoutRegion("EU-BoxUsage:m5.large")).isEqualTo("BoxUsage:m5.large");
    assertThat(UsageTypes.withoutRegion("USE1-Kafka.m5.large")).isEqualTo("Kafka.m5.large");
    assertThat(UsageTypes.withoutRegion("EU:PI_LTR_AMR:Provisioned")).isEqualTo("PI_LTR_AMR:Provisioned");
    assertThat(UsageTypes.withoutRegion("CW:MetricMonitorUsage")).isEqualTo("CW:MetricMonitorUsage");
    assertThat(UsageTypes.withoutRegion("NatGateway-Hours")).isEqualTo("NatGateway-Hours");
  }

  @Test
  void processed_digest_locations_keep_nested_parentheses_in_their_attributes() {
    ProcessedDigests.Location l = ProcessedDigests.parseLocation("US West (Oregon) (To Location: AWS GovCloud (US))");
    assertThat(l.name()).isEqualTo("US West (Oregon)");
    assertThat(l.attributes()).containsEntry("To Location", "AWS GovCloud (US)");
    assertThat(ProcessedDigests.parseLocation("US East (N. Virginia)").name()).isEqualTo("US East (N. Virginia)");
  }
}
