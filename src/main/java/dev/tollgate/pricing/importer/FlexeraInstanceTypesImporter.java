package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.InstanceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flexera's instance catalogs for AWS, Azure and GCP: what each instance type is (vCPUs, memory,
 * architecture, CPU maker, generation) and the successors Flexera names for it. They become the
 * catalog's instance-type facts ({@link dev.tollgate.pricing.catalog.PriceCatalog#instanceType}),
 * which right-sizing advice reads.
 */
final class FlexeraInstanceTypesImporter implements Importer {

  static final String ORIGIN = "github.com/flexera-public/policy_templates@c4528fa1 (instance catalogs)";
  private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);

  @Override
  public String folder() {
    return "flexera-policy-templates/{aws,azure,google}";
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    aws(into);
    azure(into);
    google(into);
  }

  private static void aws(CatalogBuilder into) throws IOException {
    String file = "flexera-policy-templates/aws/aws_ec2_instance_types.json";
    int source = into.source(file, ORIGIN, "2026-08-17");
    for (JsonNode t : into.json(file)) {
      JsonNode cpu = t.path("cpu");
      List<String> arch = new ArrayList<>();
      cpu.path("architectures").forEach(a -> arch.add(arch(a.asText())));
      JsonNode s = t.path("superseded");
      into.addInstanceType(new InstanceType("aws", t.path("name").asText(), t.path("family").asText(),
          t.path("size").asText(), new BigDecimal(cpu.path("vcpus").asText("0")),
          new BigDecimal(t.path("memory").path("sizeInMiB").asText("0")).divide(MIB_PER_GIB, 3, RoundingMode.HALF_UP)
              .stripTrailingZeros(),
          arch, cpu.path("manufacturer").asText(""), t.path("properties").path("currentGeneration").asBoolean(true),
          new InstanceType.Successors(text(s, "regular"), text(s, "next_gen"), text(s, "amd"), text(s, "burstable")),
          source));
    }
  }

  private static void azure(CatalogBuilder into) throws IOException {
    String file = "flexera-policy-templates/azure/azure_compute_instance_types.json";
    int source = into.source(file, ORIGIN, "2026-08-17");
    for (JsonNode t : into.json(file)) {
      JsonNode specs = t.path("specs");
      String arch = specs.path("CpuArchitectureType").asText("");
      JsonNode s = t.path("superseded");
      into.addInstanceType(new InstanceType("azure", t.path("name").asText(), t.path("family").asText(),
          t.path("size").asText(), new BigDecimal(specs.path("vCPUs").asText("0")),
          new BigDecimal(specs.path("MemoryGB").asText("0")).stripTrailingZeros(),
          arch.isEmpty() ? List.of() : List.of(arch(arch)), "", text(s, "regular").isEmpty(),
          new InstanceType.Successors(text(s, "regular"), "", "", ""), source));
    }
  }

  private static void google(CatalogBuilder into) throws IOException {
    String file = "flexera-policy-templates/google/google_compute_instance_types.json";
    int source = into.source(file, ORIGIN, "2026-08-17");
    for (JsonNode t : into.json(file)) {
      JsonNode specs = t.path("specs");
      String arch = specs.path("architecture").asText("");
      JsonNode s = t.path("superseded");
      into.addInstanceType(new InstanceType("gcp", t.path("name").asText(), t.path("family").asText(),
          t.path("variant").asText(), new BigDecimal(specs.path("guestCpus").asText("0")),
          new BigDecimal(specs.path("memoryGb").asText("0")).stripTrailingZeros(),
          arch.isEmpty() || arch.equals("null") ? List.of() : List.of(arch(arch)), "", text(s, "regular").isEmpty(),
          new InstanceType.Successors(text(s, "regular"), "", "", ""), source));
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? "" : v.asText();
  }

  /** {@code x64}, {@code X86_64}, {@code x86_64} are one architecture; so are {@code Arm64} and {@code ARM64}. */
  static String arch(String a) {
    String l = a.toLowerCase(Locale.ROOT);
    return l.equals("x64") ? "x86_64" : l;
  }
}
