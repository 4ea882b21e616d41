package dev.tollgate.advice;

import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Multi-AZ {@code aws_db_instance} whose tags say it is not production ({@link NonProduction}) to
 * Single-AZ. Multi-AZ keeps a synchronous standby in a second zone and bills its instance hours and
 * storage twice; a development or test database rarely needs to survive a zone outage. The saving
 * is the instance re-priced with {@code multi_az = false}: instance, storage and IOPS together.
 */
final class MultiAzOutsideProduction implements Rule {

  private final NonProduction nonProduction;

  MultiAzOutsideProduction() {
    this(NonProduction.DEFAULT);
  }

  MultiAzOutsideProduction(NonProduction nonProduction) {
    this.nonProduction = nonProduction;
  }

  @Override
  public String id() {
    return "multi-az-outside-production";
  }

  @Override
  public Set<String> resourceTypes() {
    return Set.of("aws_db_instance");
  }

  @Override
  public List<Hint> check(CostedResource costed, Context context) {
    Resource r = costed.resource();
    Optional<String> tag = nonProduction.tag(r);
    if (!r.attributes().bool("multi_az").orElse(false) || tag.isEmpty()) {
      return NO_MATCH;
    }
    Resource single = new Resource(r.address(), r.type(), r.provider(), r.region(),
        Attrs.with(r.attributes(), Map.of("multi_az", Value.of(false))), r.tags(), r.action());
    return context.saving(costed, context.price(single)).map(s -> List.of(context.hint(this, r, "", "Multi-AZ", "Single-AZ", s,
        "Tagged " + tag.get() + ": a non-production database rarely needs a standby in a second zone, and Multi-AZ bills "
            + "the instance and its storage twice.",
        List.of("Single-AZ has no standby: a zone outage, a failed host or maintenance stops the database until it is "
            + "restored, and backups briefly pause I/O; keep Multi-AZ where tests depend on failover"))))
        .orElse(NO_MATCH);
  }
}
