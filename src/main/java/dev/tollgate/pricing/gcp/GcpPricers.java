package dev.tollgate.pricing.gcp;

import dev.tollgate.pricing.Pricer;
import java.util.List;

/** Every Google Cloud pricer, one line each, sorted by the Terraform type it prices. */
public final class GcpPricers {

  public static final List<Pricer> ALL = List.of();

  private GcpPricers() {}
}
