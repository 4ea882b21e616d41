package dev.tollgate.pricing.aws;

import java.util.Locale;
import java.util.Optional;

/**
 * An RDS engine as Terraform names it ({@code postgres}, {@code aurora-mysql}, {@code oracle-se2},
 * {@code sqlserver-web}) in the Price List's words: {@code databaseEngine}, {@code databaseEdition} and
 * the licence model the engine implies.
 */
record RdsEngine(String terraformName, String databaseEngine, Optional<String> edition, Optional<String> licenseModel) {

  static Optional<RdsEngine> of(String engine, String licenseModelAttr) {
    String e = engine.toLowerCase(Locale.ROOT);
    String dbEngine;
    switch (e) {
      case "postgres":
        dbEngine = "PostgreSQL";
        break;
      case "mysql":
        dbEngine = "MySQL";
        break;
      case "mariadb":
        dbEngine = "MariaDB";
        break;
      case "aurora":
      case "aurora-mysql":
        dbEngine = "Aurora MySQL";
        break;
      case "aurora-postgresql":
        dbEngine = "Aurora PostgreSQL";
        break;
      default:
        if (e.startsWith("oracle-")) {
          dbEngine = "Oracle";
        } else if (e.startsWith("sqlserver-")) {
          dbEngine = "SQL Server";
        } else {
          return Optional.empty();
        }
    }
    Optional<String> license = Optional.empty();
    if (e.equals("oracle-se1") || e.equals("oracle-se2") || e.equals("oracle-se2-cdb") || e.startsWith("sqlserver-")) {
      license = Optional.of("License included");
    }
    if (licenseModelAttr.equalsIgnoreCase("bring-your-own-license")) {
      license = Optional.of("Bring your own license");
    } else if (licenseModelAttr.equalsIgnoreCase("license-included")) {
      license = Optional.of("License included");
    }
    if (dbEngine.equals("MySQL") || dbEngine.equals("PostgreSQL") || dbEngine.equals("MariaDB") || dbEngine.startsWith("Aurora")) {
      license = Optional.of("No license required");
    }
    return Optional.of(new RdsEngine(e, dbEngine, edition(e), license));
  }

  private static Optional<String> edition(String e) {
    switch (e) {
      case "oracle-se":
      case "sqlserver-se":
        return Optional.of("Standard");
      case "oracle-se1":
        return Optional.of("Standard One");
      case "oracle-se2":
      case "oracle-se2-cdb":
        return Optional.of("Standard Two");
      case "oracle-ee":
      case "oracle-ee-cdb":
      case "sqlserver-ee":
        return Optional.of("Enterprise");
      case "sqlserver-ex":
        return Optional.of("Express");
      case "sqlserver-web":
        return Optional.of("Web");
      default:
        return Optional.empty();
    }
  }

  boolean isAurora() {
    return databaseEngine.startsWith("Aurora");
  }
}
