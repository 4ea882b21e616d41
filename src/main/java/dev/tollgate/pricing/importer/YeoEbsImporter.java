package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.pricing.catalog.CatalogPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * EBS volume, IOPS, throughput, I/O and snapshot prices for every location in yeo/ec2.shop's
 * {@code ebs.json}. Each described rate is mapped to the product family, {@code volumeApiName} and
 * {@code usagetype} of the AWS Price List, which are what Infracost's EBS queries filter on.
 */
final class YeoEbsImporter implements Importer {

  static final String FILE = "yeo-ec2.shop/ebs/ebs.json";
  static final String ORIGIN = "github.com/yeo/ec2.shop@576c890f (AWS meteredUnitMap ebs)";

  /** A described rate of ebs.json and what it is in Price List terms. */
  record Rate(String key, String family, String volumeApiName, String usagetype, String unit, String tierStart) {}

  static final List<Rate> RATES = List.of(
      new Rate("Storage General Purpose gp2 GB Mo", "Storage", "gp2", "EBS:VolumeUsage.gp2", "GB-Mo", "0"),
      new Rate("Storage General Purpose gp3 GB Mo", "Storage", "gp3", "EBS:VolumeUsage.gp3", "GB-Mo", "0"),
      new Rate("Storage Provisioned IOPS io1 GB Mo", "Storage", "io1", "EBS:VolumeUsage.piops", "GB-Mo", "0"),
      new Rate("Storage Provisioned IOPS io2 GB month", "Storage", "io2", "EBS:VolumeUsage.io2", "GB-Mo", "0"),
      new Rate("Storage Throughput Optimized HDD st1 GB Mo", "Storage", "st1", "EBS:VolumeUsage.st1", "GB-Mo", "0"),
      new Rate("Storage Cold HDD sc1 GB Mo", "Storage", "sc1", "EBS:VolumeUsage.sc1", "GB-Mo", "0"),
      new Rate("Storage Magnetic standard GB Mo", "Storage", "standard", "EBS:VolumeUsage", "GB-Mo", "0"),
      new Rate("Provisioned EBS IOPS gp3 Volumes per IOPS Mo", "System Operation", "gp3", "EBS:VolumeP-IOPS.gp3", "IOPS-Mo", "0"),
      new Rate("Provisioned EBS IOPS io1 Volumes per IOPS Mo", "System Operation", "io1", "EBS:VolumeP-IOPS.piops", "IOPS-Mo", "0"),
      new Rate("Provisioned EBS IOPS io2 Volumes per IOPS Mo", "System Operation", "io2", "EBS:VolumeP-IOPS.io2", "IOPS-Mo", "0"),
      new Rate("Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo", "System Operation", "io2", "EBS:VolumeP-IOPS.io2.tier2", "IOPS-Mo", "32000"),
      new Rate("Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo", "System Operation", "io2", "EBS:VolumeP-IOPS.io2.tier3", "IOPS-Mo", "64000"),
      new Rate("Provisioned Throughput gp3 per GiBps mo", "Provisioned Throughput", "gp3", "EBS:VolumeP-Throughput.gp3", "GiBps-mo", "0"),
      new Rate("Provisioned EBS I O Requests standard Volumes per IOs", "System Operation", "standard", "EBS:VolumeIOUsage", "IOs", "0"),
      new Rate("Storage Snapshot Amazon S3 GB Mo", "Storage Snapshot", null, "EBS:SnapshotUsage", "GB-Mo", "0"),
      new Rate("Storage Snapshot Amazon S3 SnapshotArchiveStorage GB Mo", "Storage Snapshot", null, "EBS:SnapshotArchiveStorage", "GB-Mo", "0"),
      new Rate("Storage Snapshot Amazon S3 SnapshotArchiveRetrieval GB", "Storage Snapshot", null, "EBS:SnapshotArchiveRetrieval", "GB", "0"),
      new Rate("Fast Snapshot Restore per hours", "Fast Snapshot Restore", null, "EBS:FastSnapshotRestore", "Hrs", "0"),
      new Rate("List Requests for EBS direct APIs per Requests", "EBS direct API Requests", null, "EBS:directAPI.snapshot.List", "Requests", "0"),
      new Rate("Get Requests for EBS direct APIs per SnapshotAPIUnits", "EBS direct API Requests", null, "EBS:directAPI.snapshot.Get", "SnapshotAPIUnits", "0"),
      new Rate("Put Requests for EBS direct APIs per SnapshotAPIUnits", "EBS direct API Requests", null, "EBS:directAPI.snapshot.Put", "SnapshotAPIUnits", "0"));

  @Override
  public String folder() {
    return FILE;
  }

  @Override
  public void run(CatalogBuilder into) throws IOException {
    JsonNode json = into.json(FILE);
    int source = into.source(FILE, ORIGIN, CatalogBuilder.date(json.path("manifest").path("hawkFilePublicationDate").asText()));
    Iterator<Map.Entry<String, JsonNode>> locations = json.path("regions").fields();
    while (locations.hasNext()) {
      Map.Entry<String, JsonNode> location = locations.next();
      String region = into.awsLocations().code(location.getKey())
          .orElseThrow(() -> new IOException(FILE + ": unknown AWS location " + location.getKey()));
      for (Rate rate : RATES) {
        JsonNode r = location.getValue().get(rate.key());
        if (r == null) {
          continue;
        }
        into.add(CatalogPrice.builder("aws", "AmazonEC2", rate.family(), region)
            .attr("volumeApiName", rate.volumeApiName())
            .attr("usagetype", rate.usagetype())
            
            .purchaseOption("on_demand")
            .unit(rate.unit())
            .tier(rate.tierStart(), "")
            .usd(new BigDecimal(r.path("price").asText()))
            .source(source, rate.key())
            .build());
      }
    }
  }
}
