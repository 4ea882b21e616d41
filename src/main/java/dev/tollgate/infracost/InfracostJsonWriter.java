package dev.tollgate.infracost;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tollgate.model.Breakdown;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostTotals;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Region;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.SubResource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes an {@link Estimate} as Infracost's JSON (version 0.2), so tools that read Infracost output read
 * Tollgate's. What Infracost's format has no field for goes where its schema allows free-form data: a
 * resource's {@code metadata.tollgate} (region and its source, assumptions) and the project's
 * {@code metadata.warnings} (notes, and resources that are not supported with the reason). Streams to
 * the writer, so a plan of tens of thousands of resources never exists as one tree in memory.
 */
public final class InfracostJsonWriter {

  /** Project warning code for a resource Tollgate cannot price. */
  static final int UNSUPPORTED_CODE = 1001;
  /** Project warning code for a note about the input. */
  static final int NOTE_CODE = 1002;

  private static final JsonFactory FACTORY = new JsonFactory();

  public String write(Estimate e, String command) {
    StringWriter out = new StringWriter();
    write(e, command, out);
    return out.toString();
  }

  public void write(Estimate e, String command, Writer writer) {
    try (JsonGenerator g = FACTORY.createGenerator(writer)) {
      g.useDefaultPrettyPrinter();
      new Session(g).root(e, command);
      g.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** One write; holds the generator. */
  private static final class Session {
    private final JsonGenerator g;

    Session(JsonGenerator g) {
      this.g = g;
    }

    void root(Estimate e, String command) throws IOException {
      String time = DateTimeFormatter.ISO_INSTANT.format(e.generatedAt().truncatedTo(ChronoUnit.SECONDS));
      g.writeStartObject();
      g.writeStringField("version", "0.2");
      g.writeObjectFieldStart("metadata");
      g.writeStringField("infracostCommand", command);
      for (String f : List.of("vcsBranch", "vcsCommitSha", "vcsCommitAuthorName", "vcsCommitAuthorEmail")) {
        g.writeStringField(f, "");
      }
      g.writeStringField("vcsCommitTimestamp", time);
      g.writeStringField("vcsCommitMessage", "");
      g.writeEndObject();
      g.writeStringField("currency", e.currency());
      g.writeArrayFieldStart("projects");
      CostTotals current = CostTotals.ZERO;
      CostTotals past = CostTotals.ZERO;
      for (ProjectEstimate p : e.projects()) {
        project(p);
        current = current.plus(p.current().totals());
        past = past.plus(p.past().totals());
      }
      g.writeEndArray();
      decimal("totalHourlyCost", current.hourly());
      decimal("totalMonthlyCost", current.monthly());
      decimal("totalMonthlyUsageCost", current.monthlyUsage());
      decimal("pastTotalHourlyCost", past.hourly());
      decimal("pastTotalMonthlyCost", past.monthly());
      decimal("pastTotalMonthlyUsageCost", past.monthlyUsage());
      decimal("diffTotalHourlyCost", current.hourly().subtract(past.hourly()));
      decimal("diffTotalMonthlyCost", current.monthly().subtract(past.monthly()));
      decimal("diffTotalMonthlyUsageCost", current.monthlyUsage().subtract(past.monthlyUsage()));
      g.writeStringField("timeGenerated", time);
      g.writeFieldName("summary");
      summary(e.projects().stream().map(ProjectEstimate::current).toList());
      g.writeEndObject();
    }

    private void project(ProjectEstimate p) throws IOException {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("displayName", p.name());
      g.writeObjectFieldStart("metadata");
      g.writeStringField("path", p.path());
      g.writeStringField("type", p.type());
      g.writeArrayFieldStart("providers");
      for (String provider : p.current().resources().stream().map(r -> r.resource().provider()).distinct().sorted().toList()) {
        g.writeStartObject();
        g.writeStringField("name", provider);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (String note : p.notes()) {
        warning(NOTE_CODE, note, null);
      }
      for (CostedResource r : p.current().resources()) {
        if (r.outcome() instanceof Outcome.Unsupported) {
          warning(UNSUPPORTED_CODE, r.address() + " is not supported: " + ((Outcome.Unsupported) r.outcome()).reason(), r);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeFieldName("pastBreakdown");
      breakdown(p.past());
      g.writeFieldName("breakdown");
      breakdown(p.current());
      g.writeFieldName("diff");
      diff(p.diffs());
      g.writeFieldName("summary");
      summary(List.of(p.current()));
      g.writeEndObject();
    }

    private void warning(int code, String message, CostedResource r) throws IOException {
      g.writeStartObject();
      g.writeNumberField("code", code);
      g.writeStringField("message", message);
      g.writeObjectFieldStart("data");
      if (r != null) {
        g.writeStringField("address", r.address());
        g.writeStringField("resourceType", r.resource().type());
      }
      g.writeEndObject();
      g.writeBooleanField("isError", false);
      g.writeEndObject();
    }

    private void breakdown(Breakdown b) throws IOException {
      g.writeStartObject();
      g.writeArrayFieldStart("resources");
      for (CostedResource r : b.resources()) {
        if (r.isPriced()) {
          resource(r);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("freeResources");
      for (CostedResource r : b.resources()) {
        if (r.isFree()) {
          g.writeStartObject();
          g.writeStringField("name", r.address());
          g.writeStringField("resourceType", r.resource().type());
          tags(r.resource().tags());
          g.writeObjectFieldStart("metadata");
          g.writeEndObject();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      totals(b.totals());
      g.writeEndObject();
    }

    private void totals(CostTotals t) throws IOException {
      decimal("totalHourlyCost", t.hourly());
      decimal("totalMonthlyCost", t.monthly());
      decimal("totalMonthlyUsageCost", t.monthlyUsage());
    }

    private void resource(CostedResource r) throws IOException {
      g.writeStartObject();
      g.writeStringField("name", r.address());
      g.writeStringField("resourceType", r.resource().type());
      tags(r.resource().tags());
      g.writeObjectFieldStart("metadata");
      g.writeObjectFieldStart("tollgate");
      Region region = r.resource().region();
      g.writeStringField("region", region.code());
      g.writeStringField("regionSource", region.source().name().toLowerCase());
      if (!region.note().isEmpty()) {
        g.writeStringField("regionNote", region.note());
      }
      if (!r.assumptions().isEmpty()) {
        g.writeArrayFieldStart("assumptions");
        for (String a : r.assumptions()) {
          g.writeString(a);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
      CostTotals t = r.totals();
      decimal("hourlyCost", t.hourly());
      decimal("monthlyCost", t.monthly());
      decimal("monthlyUsageCost", t.monthlyUsage());
      components(r.components());
      if (!r.subresources().isEmpty()) {
        subresources(r.subresources());
      }
      g.writeEndObject();
    }

    private void subresources(List<SubResource> subs) throws IOException {
      g.writeArrayFieldStart("subresources");
      for (SubResource s : subs) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeObjectFieldStart("metadata");
        g.writeEndObject();
        CostTotals t = s.totals();
        decimal("hourlyCost", t.hourly());
        decimal("monthlyCost", t.monthly());
        decimal("monthlyUsageCost", t.monthlyUsage());
        components(s.components());
        if (!s.subresources().isEmpty()) {
          subresources(s.subresources());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void components(List<CostComponent> components) throws IOException {
      g.writeArrayFieldStart("costComponents");
      for (CostComponent c : components) {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("unit", c.unit());
        decimalOrNull("hourlyQuantity", c.hourlyQuantity());
        decimalOrNull("monthlyQuantity", c.monthlyQuantity());
        decimalOrNull("price", c.unitPrice());
        decimalOrNull("hourlyCost", c.hourlyCost());
        decimalOrNull("monthlyCost", c.monthlyCost());
        if (c.usageBased()) {
          g.writeBooleanField("usageBased", true);
        }
        g.writeBooleanField("priceNotFound", c.priceMissing());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void diff(List<ResourceDiff> diffs) throws IOException {
      g.writeStartObject();
      g.writeArrayFieldStart("resources");
      BigDecimal monthly = BigDecimal.ZERO;
      BigDecimal usage = BigDecimal.ZERO;
      for (ResourceDiff d : diffs) {
        if (d.either().isPriced()) {
          DiffResource.of(d).write(g);
        }
        monthly = monthly.add(d.monthlyDelta());
        usage = usage.add(d.usageDelta());
      }
      g.writeEndArray();
      decimal("totalHourlyCost", Hours.monthlyToHourly(monthly));
      decimal("totalMonthlyCost", monthly);
      decimal("totalMonthlyUsageCost", usage);
      g.writeEndObject();
    }

    private void summary(List<Breakdown> breakdowns) throws IOException {
      int detected = 0;
      int supported = 0;
      int unsupported = 0;
      int usageBased = 0;
      int free = 0;
      Map<String, Integer> unsupportedCounts = new TreeMap<>();
      Map<String, Integer> freeCounts = new TreeMap<>();
      for (Breakdown b : breakdowns) {
        for (CostedResource r : b.resources()) {
          detected++;
          if (r.isPriced()) {
            supported++;
            if (usesUsage(r.components(), r.subresources())) {
              usageBased++;
            }
          } else if (r.isFree()) {
            free++;
            freeCounts.merge(r.resource().type(), 1, Integer::sum);
          } else {
            unsupported++;
            unsupportedCounts.merge(r.resource().type(), 1, Integer::sum);
          }
        }
      }
      g.writeStartObject();
      g.writeNumberField("totalDetectedResources", detected);
      g.writeNumberField("totalSupportedResources", supported);
      g.writeNumberField("totalUnsupportedResources", unsupported);
      g.writeNumberField("totalUsageBasedResources", usageBased);
      g.writeNumberField("totalNoPriceResources", free);
      counts("unsupportedResourceCounts", unsupportedCounts);
      counts("noPriceResourceCounts", freeCounts);
      g.writeEndObject();
    }

    private static boolean usesUsage(List<CostComponent> comps, List<SubResource> subs) {
      return comps.stream().anyMatch(CostComponent::usageBased)
          || subs.stream().anyMatch(s -> usesUsage(s.components(), s.subresources()));
    }

    private void counts(String field, Map<String, Integer> counts) throws IOException {
      g.writeObjectFieldStart(field);
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }

    private void tags(Map<String, String> tags) throws IOException {
      g.writeObjectFieldStart("tags");
      for (Map.Entry<String, String> e : new TreeMap<>(tags).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }

    private void decimal(String field, BigDecimal v) throws IOException {
      g.writeStringField(field, Decimals.plain(v));
    }

    private void decimalOrNull(String field, Optional<BigDecimal> v) throws IOException {
      if (v.isPresent()) {
        decimal(field, v.get());
      } else {
        g.writeNullField(field);
      }
    }
  }
}
