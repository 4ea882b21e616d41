package dev.tollgate.pricing.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.pricing.catalog.CatalogFile;
import dev.tollgate.pricing.catalog.CatalogPrice;
import dev.tollgate.pricing.catalog.CatalogSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the price catalog from the public price files under one folder (the layout of
 * {@code ../shared/pricing-sources}). The result depends only on those files: the same sources give
 * the same bytes, which is what {@code tollgate prices verify} checks.
 */
public final class CatalogBuilder {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Every importer, in the order their prices are added. */
  private static final List<Importer> IMPORTERS = List.of(new YeoEc2Importer(), new YeoEbsImporter());

  private final Path root;
  private final List<CatalogSource> sources = new ArrayList<>();
  private final List<CatalogPrice> prices = new ArrayList<>();
  private AwsLocations awsLocations;

  private CatalogBuilder(Path root) {
    this.root = root;
  }

  /** Imports every source under {@code root} and returns the catalog file's bytes. */
  public static byte[] build(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "not a folder of price sources");
    }
    CatalogBuilder b = new CatalogBuilder(root);
    for (Importer importer : IMPORTERS) {
      importer.run(b);
    }
    return CatalogFile.write(b.note(), b.sources, b.prices);
  }

  private String note() {
    return "Tollgate price catalog: USD list prices imported by Tollgate's importer from public price files "
        + "(see each source's file, origin and price date). A month is 730 hours.";
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
    sources.add(new CatalogSource(relativeFile, origin, priceDate));
    return sources.size() - 1;
  }

  void add(CatalogPrice price) {
    prices.add(price);
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
