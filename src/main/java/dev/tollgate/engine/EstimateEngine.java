package dev.tollgate.engine;

import dev.tollgate.model.Action;
import dev.tollgate.model.Breakdown;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one pipeline every mode runs: a change set's resources before and after, each priced, into a
 * project estimate with its past and current breakdowns and the diff between them. Pure: no I/O.
 */
public final class EstimateEngine {

  private final PricerRegistry registry;
  private final Prices prices;
  private final UsageFile usage;

  public EstimateEngine(PricerRegistry registry, Prices prices, UsageFile usage) {
    this.registry = registry;
    this.prices = prices;
    this.usage = usage;
  }

  public ProjectEstimate estimate(String projectName, ChangeSet changes) {
    List<CostedResource> past = new ArrayList<>();
    List<CostedResource> current = new ArrayList<>();
    List<ResourceDiff> diffs = new ArrayList<>();
    List<Resource> befores = new ArrayList<>();
    List<Resource> afters = new ArrayList<>();
    for (ResourceChange change : changes.changes()) {
      if (change.action() != Action.READ) {
        change.before().ifPresent(befores::add);
        change.after().ifPresent(afters::add);
      }
    }
    RelatedResources pastSide = RelatedResources.of(befores, changes.references());
    RelatedResources currentSide = RelatedResources.of(afters, changes.references());
    for (ResourceChange change : changes.changes()) {
      if (change.action() == Action.READ) {
        continue;
      }
      Optional<CostedResource> before = change.before().map(r -> price(r, pastSide));
      Optional<CostedResource> after = change.after().map(r -> price(r, currentSide));
      before.ifPresent(past::add);
      after.ifPresent(current::add);
      if (change.action() != Action.NO_OP && (before.isPresent() || after.isPresent())) {
        diffs.add(new ResourceDiff(change.address(), change.action(), before, after));
      }
    }
    return new ProjectEstimate(projectName, changes.source(), changes.type(),
        new Breakdown(past), new Breakdown(current), diffs, changes.notes());
  }

  public CostedResource price(Resource resource) {
    return price(resource, RelatedResources.NONE);
  }

  /** Prices one resource; {@code related} are the other resources on its side of the change. */
  public CostedResource price(Resource resource, RelatedResources related) {
    return new CostedResource(resource,
        registry.price(resource, usage.forResource(resource.address(), resource.type()), prices, related));
  }
}
