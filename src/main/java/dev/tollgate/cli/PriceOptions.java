package dev.tollgate.cli;

import dev.tollgate.model.InputException;
import dev.tollgate.pricing.PriceSource;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where prices come from. */
final class PriceOptions {

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "A price catalog built by `tollgate prices build` (default: the one shipped in Tollgate).")
  Path catalog;

  /** The bytes of the catalog in use (the shipped one unless --catalog names another). */
  byte[] catalogBytes() throws InputException {
    try {
      if (catalog == null) {
        try (java.io.InputStream in = PriceCatalog.class.getResourceAsStream(PriceCatalog.RESOURCE)) {
          return in.readAllBytes();
        }
      }
      return java.nio.file.Files.readAllBytes(catalog);
    } catch (IOException e) {
      throw new InputException("catalog.unreadable", "cannot read the price catalog: " + e.getMessage(),
          catalog == null ? PriceCatalog.RESOURCE : catalog.toString());
    }
  }

  PriceSource source() throws InputException {
    if (catalog == null) {
      return PriceCatalog.shipped();
    }
    try {
      return PriceCatalog.load(catalog);
    } catch (IOException e) {
      throw new InputException("catalog.unreadable", "cannot read the price catalog: " + e.getMessage(), catalog.toString());
    }
  }
}
