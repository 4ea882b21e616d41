package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * EC2 on-demand Linux (shared tenancy) instance prices for every region, Local and Wavelength Zone in
 * yeo/ec2.shop's copies of AWS's meteredUnitMaps, current and previous generation. Products get the
 * AWS Price List attribute names Infracost queries by ({@code instanceType}, {@code operatingSystem},
 * {@code tenancy}, {@code preInstalledSw}, {@code licenseModel}, {@code capacitystatus}).
 */
final class YeoEc2Importer implements Importer {

  static final String FOLDER = "yeo-ec2.shop/ec2";
  static final String ORIGIN = "github.com/yeo/ec2.shop@73696e38 (AWS meteredUnitMap ec2)";

  @Override
  public String folder() {
    return FOLDER;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(into.file(FOLDER + "/us-east-1-ondemand.json").getParent())) {
      files = s.filter(p -> p.getFileName().toString().endsWith("-ondemand.json")).sorted().toList();
    }
    for (Path f : files) {
      importFile(into, FOLDER + "/" + f.getFileName());
    }
  }

  private static void importFile(CatalogBuilder into, String relative) throws IOException {
    JsonNode json = into.json(relative);
    JsonNode manifest = json.path("manifest");
    boolean previous = manifest.path("source").asText().contains("previousgen");
    int source = into.source(relative, ORIGIN, CatalogBuilder.date(manifest.path("hawkFilePublicationDate").asText()));
    Iterator<Map.Entry<String, JsonNode>> locations = json.path("regions").fields();
    while (locations.hasNext()) {
      Map.Entry<String, JsonNode> location = locations.next();
      String region = into.awsLocations().code(location.getKey())
          .orElseThrow(() -> new IOException(relative + ": unknown AWS location " + location.getKey()));
      Iterator<Map.Entry<String, JsonNode>> rates = location.getValue().fields();
      while (rates.hasNext()) {
        Map.Entry<String, JsonNode> rate = rates.next();
        JsonNode r = rate.getValue();
        String type = r.path("Instance Type").asText("");
        if (type.isEmpty() || !rate.getKey().contains(" ")) {
          continue;
        }
        into.add(CatalogPrice.builder("aws", "AmazonEC2", "Compute Instance", region)
            .attr("instanceType", type)
            .attr("operatingSystem", r.path("Operating System").asText("Linux"))
            .attr("tenancy", "Shared")
            .attr("capacitystatus", "Used")
            .attr("preInstalledSw", r.path("Pre Installed S/W").asText("NA"))
            .attr("licenseModel", r.path("License Model").asText("No License required"))
            .attr("usagetype", "BoxUsage:" + type)
            .attr("vcpu", r.path("vCPU").asText(""))
            .attr("memory", r.path("Memory").asText(""))
            .attr("instanceFamily", r.path("Instance Family").asText(""))
            .attr("storage", r.path("Storage").asText(""))
            .attr("networkPerformance", r.path("Network Performance").asText(""))
            .attr("currentGeneration", previous ? "No" : "Yes")
            .purchaseOption("on_demand")
            .unit("Hrs")
            .usd(new BigDecimal(r.path("price").asText()))
            .source(source, rate.getKey())
            .build());
      }
    }
  }
}
