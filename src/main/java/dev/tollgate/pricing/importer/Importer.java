package dev.tollgate.pricing.importer;

import java.io.IOException;

/** Turns one public price source into catalog prices. One class per source, listed in {@link CatalogBuilder}. */
interface Importer {

  /** The folder under the pricing sources this importer reads, for messages. */
  String folder();

  void run(CatalogBuilder into) throws IOException;
}
