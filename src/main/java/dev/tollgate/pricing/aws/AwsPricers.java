package dev.tollgate.pricing.aws;

import dev.tollgate.pricing.Pricer;
import java.util.List;

/** Every AWS pricer, one line each, sorted by the Terraform type it prices. */
public final class AwsPricers {

  public static final List<Pricer> ALL = List.of(
      new EbsVolumePricer(),
      new InstancePricer());

  private AwsPricers() {}
}
