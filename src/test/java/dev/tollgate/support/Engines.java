package dev.tollgate.support;

import dev.tollgate.engine.EstimateEngine;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.terraform.PlanReader;
import java.nio.file.Path;
import java.time.LocalDate;

/** The real pipeline, with the shipped catalog, for tests. */
public final class Engines {

  private static final PriceCatalog CATALOG = PriceCatalog.shipped();
  /** The date tests price as of, so charges that follow the calendar (RDS extended support) stay put. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  private Engines() {}

  public static PriceCatalog catalog() {
    return CATALOG;
  }

  public static EstimateEngine engine(UsageFile usage) {
    return engine(usage, AS_OF);
  }

  public static EstimateEngine engine(UsageFile usage, LocalDate asOf) {
    return new EstimateEngine(new PricerRegistry(), new Prices(CATALOG, asOf), usage);
  }

  public static ProjectEstimate estimate(Path plan) throws Exception {
    return estimate(plan, UsageFile.NONE);
  }

  public static ProjectEstimate estimate(Path plan, UsageFile usage) throws Exception {
    return engine(usage).estimate(plan.toString(), new PlanReader().read(plan));
  }
}
