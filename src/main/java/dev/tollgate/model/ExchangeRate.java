package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One currency in another: {@code 1 from = rate to}, and where the rate came from. {@link #apply}
 * converts a whole estimate once: every unit price is multiplied by the rate, exactly, so every cost
 * and total derived from them is the USD figure times the rate with no rounding until it is rendered.
 *
 * @param source where the rate came from, for the reader: {@code --currency-rate}, {@code rates.yml (2025-04-04)}
 */
public record ExchangeRate(String from, String to, BigDecimal rate, String source) {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  public ExchangeRate {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(source, "source");
    if (!CODE.matcher(Objects.requireNonNull(from, "from")).matches()
        || !CODE.matcher(Objects.requireNonNull(to, "to")).matches()) {
      throw new IllegalArgumentException("currencies are ISO 4217 codes: " + from + ", " + to);
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("an exchange rate is positive: " + rate.toPlainString());
    }
  }

  /** What every output says about the conversion: {@code amounts in EUR, converted from USD at 1 USD = 0.92 EUR (--currency-rate)}. */
  public String describe() {
    return "amounts in " + to + ", converted from " + from + " at 1 " + from + " = " + rate.stripTrailingZeros().toPlainString()
        + " " + to + " (" + source + ")";
  }

  /** The estimate in {@link #to}: it must be in {@link #from}, so a rate can never be applied twice. */
  public Estimate apply(Estimate e) {
    if (!e.currency().equals(from)) {
      throw new IllegalArgumentException("the estimate is in " + e.currency() + ", not " + from);
    }
    List<ProjectEstimate> projects = new ArrayList<>();
    for (ProjectEstimate p : e.projects()) {
      List<ResourceDiff> diffs = new ArrayList<>();
      for (ResourceDiff d : p.diffs()) {
        diffs.add(new ResourceDiff(d.address(), d.action(), d.before().map(this::resource), d.after().map(this::resource)));
      }
      List<String> notes = new ArrayList<>(p.notes());
      notes.add(describe());
      projects.add(new ProjectEstimate(p.name(), p.path(), p.type(), breakdown(p.past()), breakdown(p.current()), diffs, notes));
    }
    return new Estimate(projects, to, e.generatedAt());
  }

  private Breakdown breakdown(Breakdown b) {
    List<CostedResource> out = new ArrayList<>();
    for (CostedResource r : b.resources()) {
      out.add(resource(r));
    }
    return new Breakdown(out);
  }

  private CostedResource resource(CostedResource r) {
    if (!(r.outcome() instanceof Outcome.Priced priced)) {
      return r;
    }
    return new CostedResource(r.resource(),
        new Outcome.Priced(components(priced.components()), subresources(priced.subresources()), priced.assumptions()));
  }

  private List<SubResource> subresources(List<SubResource> subs) {
    List<SubResource> out = new ArrayList<>();
    for (SubResource s : subs) {
      out.add(new SubResource(s.name(), components(s.components()), subresources(s.subresources())));
    }
    return out;
  }

  private List<CostComponent> components(List<CostComponent> components) {
    List<CostComponent> out = new ArrayList<>();
    for (CostComponent c : components) {
      out.add(c.price() instanceof UnitPrice.Found f ? c.withPrice(UnitPrice.of(f.perUnit().multiply(rate), f.source())) : c);
    }
    return out;
  }
}
