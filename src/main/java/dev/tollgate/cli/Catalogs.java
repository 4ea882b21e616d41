package dev.tollgate.cli;

import dev.tollgate.model.InputException;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the price catalog a command was given with {@code --catalog}, or the shipped one. */
final class Catalogs {

  private Catalogs() {}

  static PriceCatalog open(Path catalogOrNull) throws InputException {
    if (catalogOrNull == null) {
      return PriceCatalog.shipped();
    }
    try {
      return PriceCatalog.load(catalogOrNull);
    } catch (IOException e) {
      throw new InputException("catalog.unreadable", "cannot read the price catalog: " + e.getMessage(), catalogOrNull.toString());
    }
  }
}
