package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSource;
import dev.tollgate.pricing.catalog.InstanceType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the price catalog from the public price files under one folder (the layout of
 * {@code ../shared/pricing-sources}). The result depends only on those files: the same sources give
 * the same bytes, which is what {@code tollgate prices verify} checks.
 *
 * <p>When two sources give the same price point ({@link Identity}), the one whose prices are dated
 * later wins, and on equal dates the one imported first; the loser's descriptive attributes the
 * winner lacks (vCPU, memory, generation) are kept on the winner. So Karpenter's 2026 us-east-1
 * Linux EC2 prices replace yeo's 2025 ones, yeo's replace terracost's 2023 eu-west-1 Linux rows,
 * and terracost still gives what nobody else has (Windows, RHEL, SUSE, dedicated hosts, CPU credits).
 */
public final class CatalogBuilder {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Every importer, in the order their prices are added (which breaks ties between equal dates). */
  private static final List<Importer> IMPORTERS = List.of(
      new FlexeraInstanceTypesImporter(), new YeoEc2Importer(), new YeoEbsImporter(), new MeteredUnitMapImporter(),
      new TerracostImporter(), new KarpenterAwsImporter(), new AndyDiericksImporter(), new KarpenterAzureImporter(),
      new FlexeraAzurePricesImporter(), new CyclenerdGcpImporter());

  private final Path root;
  private final List<CatalogSource> sources = new ArrayList<>();
  private final List<CatalogPrice> prices = new ArrayList<>();
  private final Map<String, InstanceType> instanceTypes = new TreeMap<>();
  private final Map<String, String> azureProductNames = new TreeMap<>();
  private final List<String> withheld = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private AwsLocations awsLocations;

  private CatalogBuilder(Path root) {
    this.root = root;
  }

  /** What a build made: the file's bytes and what the importers left out, for people. */
  public record Result(byte[] catalog, int prices, int instanceTypes, List<String> withheld, Map<String, Integer> counts) {}

  /** Imports every source under {@code root} and returns the catalog file's bytes. */
  public static byte[] build(Path root) throws IOException {
    return run(root).catalog();
  }

  public static Result run(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "not a folder of price sources");
    }
    CatalogBuilder b = new CatalogBuilder(root);
    for (Importer importer : IMPORTERS) {
      if (importer instanceof KarpenterAzureImporter) {
        AndyDiericksImporter.productNames(b);
      }
      importer.run(b);
    }
    List<CatalogPrice> resolved = b.resolve();
    byte[] file = CatalogFile.write(b.note(resolved.size()), b.sources, resolved,
        new ArrayList<>(b.instanceTypes.values()));
    return new Result(file, resolved.size(), b.instanceTypes.size(), List.copyOf(b.withheld), Map.copyOf(b.counts));
  }

  /** Keeps one price per price point: the freshest source's, then the first imported. */
  private List<CatalogPrice> resolve() {
    Map<String, CatalogPrice> byIdentity = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (CatalogPrice p : prices) {
      String id = Identity.of(p);
      CatalogPrice held = byIdentity.get(id);
      if (held == null) {
        byIdentity.put(id, p);
        order.add(id);
        continue;
      }
      boolean fresher = date(p).compareTo(date(held)) > 0;
      CatalogPrice winner = fresher ? p : held;
      CatalogPrice loser = fresher ? held : p;
      count(winner.usd().compareTo(loser.usd()) == 0 ? "duplicates with the same price" : fresher
          ? "prices replaced by a fresher source" : "prices dropped for an earlier or equal-dated one");
      byIdentity.put(id, merged(winner, loser));
    }
    List<CatalogPrice> out = new ArrayList<>(order.size());
    order.forEach(id -> out.add(byIdentity.get(id)));
    return out;
  }

  private String date(CatalogPrice p) {
    return sources.get(p.sourceId()).priceDate();
  }

  private static CatalogPrice merged(CatalogPrice winner, CatalogPrice loser) {
    Map<String, String> extra = new TreeMap<>();
    loser.attributes().forEach((k, v) -> {
      if (Identity.DESCRIPTIVE.contains(k) && !winner.attributes().containsKey(k)) {
        extra.put(k, v);
      }
    });
    if (extra.isEmpty()) {
      return winner;
    }
    extra.putAll(winner.attributes());
    return new CatalogPrice(winner.vendor(), winner.service(), winner.productFamily(), winner.region(), new TreeMap<>(extra),
        winner.purchaseOption(), winner.unit(), winner.usd(), winner.startUsageAmount(), winner.endUsageAmount(),
        winner.termLength(), winner.termPurchaseOption(), winner.termOfferingClass(), winner.sourceId(), winner.sourceKey());
  }

  private String note(int priceCount) {
    StringBuilder b = new StringBuilder("Tollgate price catalog: USD list prices imported by Tollgate's importer from public "
        + "price files (see each source's file, origin and price date). A month is 730 hours. ");
    b.append(priceCount).append(" prices, ").append(instanceTypes.size()).append(" instance types. ");
    b.append("Left out: ").append(withheld.size()).append(" Azure rows whose price is out of line with their series");
    counts.forEach((k, v) -> b.append("; ").append(v).append(' ').append(k));
    return b.append('.').toString();
  }

  Path root() {
    return root;
  }

  Path file(String relative) throws NoSuchFileException {
    Path p = root.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new NoSuchFileException(p.toString(), null, "a price source the importer needs is missing");
    }
    return p;
  }

  JsonNode json(String relative) throws IOException {
    try (InputStream in = Files.newInputStream(file(relative))) {
      return JSON.readTree(in);
    }
  }

  /** Registers a source file and returns its id for the prices that come from it. */
  int source(String relativeFile, String origin, String priceDate) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).file().equals(relativeFile)) {
        return i;
      }
    }
    sources.add(new CatalogSource(relativeFile, origin, priceDate));
    return sources.size() - 1;
  }

  void add(CatalogPrice price) {
    prices.add(price);
  }

  void addInstanceType(InstanceType t) {
    instanceTypes.put(t.vendor() + "/" + t.name(), t);
  }

  Optional<InstanceType> instanceType(String vendor, String name) {
    return Optional.ofNullable(instanceTypes.get(vendor + "/" + name));
  }

  void azureProductName(String armSkuName, String productName) {
    azureProductNames.putIfAbsent(armSkuName, productName);
  }

  Optional<String> azureProductName(String armSkuName) {
    return Optional.ofNullable(azureProductNames.get(armSkuName));
  }

  /** A price the importer found and deliberately left out, with why. */
  void withhold(String what) {
    withheld.add(what);
  }

  void skipFreeTier() {
    count("free-tier rates (price 0) not imported");
  }

  void skipUnidentifiable() {
    count("terracost reserved rows without a term not imported");
  }

  void skipPlaceholder() {
    count("Flexera disk rows priced 0 not imported");
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  AwsLocations awsLocations() throws IOException {
    if (awsLocations == null) {
      awsLocations = AwsLocations.read(json(AwsLocations.FILE));
    }
    return awsLocations;
  }

  /** {@code 2025-04-04T22:41:22Z} becomes {@code 2025-04-04}. */
  static String date(String timestamp) {
    return timestamp == null || timestamp.length() < 10 ? "unknown" : timestamp.substring(0, 10);
  }
}
