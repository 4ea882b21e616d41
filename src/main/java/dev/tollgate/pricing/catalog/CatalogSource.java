package dev.tollgate.pricing.catalog;

import java.util.Objects;

/**
 * Where a set of prices came from.
 *
 * @param file the file's path under the pricing sources folder
 * @param origin the public repository it was copied from
 * @param priceDate the date the prices were published (or fetched), {@code 2025-04-04}
 */
public record CatalogSource(String file, String origin, String priceDate) {

  public CatalogSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(priceDate, "priceDate");
  }

  public String describe() {
    return file + " (" + priceDate + ")";
  }
}
