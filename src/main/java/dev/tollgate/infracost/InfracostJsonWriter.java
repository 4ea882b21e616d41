package dev.tollgate.infracost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.model.Breakdown;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostTotals;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Estimate;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
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
 * resource's {@code metadata.tollgate} (region and its source, assumptions, why a price is missing)
 * and the project's {@code metadata.warnings} (resources that are not supported, and why).
 */
public final class InfracostJsonWriter {

  /** Project warning code for a resource Tollgate cannot price. */
  static final int UNSUPPORTED_CODE = 1001;
  /** Project warning code for a note about the input. */
  static final int NOTE_CODE = 1002;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String write(Estimate e, String command) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", "0.2");
    ObjectNode meta = root.putObject("metadata");
    String time = DateTimeFormatter.ISO_INSTANT.format(e.generatedAt().truncatedTo(ChronoUnit.SECONDS));
    meta.put("infracostCommand", command);
    meta.put("vcsBranch", "");
    meta.put("vcsCommitSha", "");
    meta.put("vcsCommitAuthorName", "");
    meta.put("vcsCommitAuthorEmail", "");
    meta.put("vcsCommitTimestamp", time);
    meta.put("vcsCommitMessage", "");
    root.put("currency", e.currency());
    ArrayNode projects = root.putArray("projects");
    CostTotals current = CostTotals.ZERO;
    CostTotals past = CostTotals.ZERO;
    for (ProjectEstimate p : e.projects()) {
      projects.add(project(p));
      current = current.plus(p.current().totals());
      past = past.plus(p.past().totals());
    }
    root.put("totalHourlyCost", plain(current.hourly()));
    root.put("totalMonthlyCost", plain(current.monthly()));
    root.put("totalMonthlyUsageCost", plain(current.monthlyUsage()));
    root.put("pastTotalHourlyCost", plain(past.hourly()));
    root.put("pastTotalMonthlyCost", plain(past.monthly()));
    root.put("pastTotalMonthlyUsageCost", plain(past.monthlyUsage()));
    root.put("diffTotalHourlyCost", plain(current.hourly().subtract(past.hourly())));
    root.put("diffTotalMonthlyCost", plain(current.monthly().subtract(past.monthly())));
    root.put("diffTotalMonthlyUsageCost", plain(current.monthlyUsage().subtract(past.monthlyUsage())));
    root.put("timeGenerated", time);
    root.set("summary", summary(e.projects().stream().map(ProjectEstimate::current).toList()));
    return root.toPrettyString() + "\n";
  }

  private ObjectNode project(ProjectEstimate p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    n.put("displayName", p.name());
    ObjectNode meta = n.putObject("metadata");
    meta.put("path", p.path());
    meta.put("type", p.type());
    ArrayNode providers = meta.putArray("providers");
    p.current().resources().stream().map(r -> r.resource().provider()).distinct().sorted()
        .forEach(name -> providers.addObject().put("name", name));
    ArrayNode warnings = meta.putArray("warnings");
    for (String note : p.notes()) {
      warning(warnings, NOTE_CODE, note, null);
    }
    for (CostedResource r : p.current().resources()) {
      if (r.outcome() instanceof Outcome.Unsupported) {
        warning(warnings, UNSUPPORTED_CODE, r.address() + " is not supported: " + ((Outcome.Unsupported) r.outcome()).reason(), r);
      }
    }
    n.set("pastBreakdown", breakdown(p.past()));
    n.set("breakdown", breakdown(p.current()));
    n.set("diff", diff(p.diffs()));
    n.set("summary", summary(List.of(p.current())));
    return n;
  }

  private static void warning(ArrayNode warnings, int code, String message, CostedResource r) {
    ObjectNode w = warnings.addObject();
    w.put("code", code);
    w.put("message", message);
    ObjectNode data = w.putObject("data");
    if (r != null) {
      data.put("address", r.address()).put("resourceType", r.resource().type());
    }
    w.put("isError", false);
  }

  private ObjectNode breakdown(Breakdown b) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode resources = n.putArray("resources");
    ArrayNode free = n.putArray("freeResources");
    for (CostedResource r : b.resources()) {
      if (r.isPriced()) {
        resources.add(resource(r));
      } else if (r.isFree()) {
        ObjectNode f = free.addObject();
        f.put("name", r.address());
        f.put("resourceType", r.resource().type());
        f.set("tags", tags(r.resource().tags()));
        f.putObject("metadata");
      }
    }
    CostTotals t = b.totals();
    n.put("totalHourlyCost", plain(t.hourly()));
    n.put("totalMonthlyCost", plain(t.monthly()));
    n.put("totalMonthlyUsageCost", plain(t.monthlyUsage()));
    return n;
  }

  private ObjectNode resource(CostedResource r) {
    ObjectNode n = JSON.createObjectNode();
    Resource res = r.resource();
    n.put("name", r.address());
    n.put("resourceType", res.type());
    n.set("tags", tags(res.tags()));
    n.set("metadata", tollgateMetadata(r));
    CostTotals t = r.totals();
    n.put("hourlyCost", plain(t.hourly()));
    n.put("monthlyCost", plain(t.monthly()));
    n.put("monthlyUsageCost", plain(t.monthlyUsage()));
    n.set("costComponents", components(r.components()));
    if (!r.subresources().isEmpty()) {
      n.set("subresources", subresources(r.subresources()));
    }
    return n;
  }

  private ObjectNode tollgateMetadata(CostedResource r) {
    ObjectNode meta = JSON.createObjectNode();
    ObjectNode t = meta.putObject("tollgate");
    Region region = r.resource().region();
    t.put("region", region.code());
    t.put("regionSource", region.source().name().toLowerCase());
    if (!region.note().isEmpty()) {
      t.put("regionNote", region.note());
    }
    if (!r.assumptions().isEmpty()) {
      ArrayNode a = t.putArray("assumptions");
      r.assumptions().forEach(a::add);
    }
    return meta;
  }

  private ArrayNode subresources(List<SubResource> subs) {
    ArrayNode out = JSON.createArrayNode();
    for (SubResource s : subs) {
      ObjectNode n = out.addObject();
      n.put("name", s.name());
      n.putObject("metadata");
      CostTotals t = s.totals();
      n.put("hourlyCost", plain(t.hourly()));
      n.put("monthlyCost", plain(t.monthly()));
      n.put("monthlyUsageCost", plain(t.monthlyUsage()));
      n.set("costComponents", components(s.components()));
      if (!s.subresources().isEmpty()) {
        n.set("subresources", subresources(s.subresources()));
      }
    }
    return out;
  }

  private ArrayNode components(List<CostComponent> components) {
    ArrayNode out = JSON.createArrayNode();
    for (CostComponent c : components) {
      ObjectNode n = out.addObject();
      n.put("name", c.name());
      n.put("unit", c.unit());
      putOrNull(n, "hourlyQuantity", c.hourlyQuantity());
      putOrNull(n, "monthlyQuantity", c.monthlyQuantity());
      putOrNull(n, "price", c.unitPrice());
      putOrNull(n, "hourlyCost", c.hourlyCost());
      putOrNull(n, "monthlyCost", c.monthlyCost());
      if (c.usageBased()) {
        n.put("usageBased", true);
      }
      n.put("priceNotFound", c.priceMissing());
    }
    return out;
  }

  private ObjectNode diff(List<ResourceDiff> diffs) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode resources = n.putArray("resources");
    BigDecimal monthly = BigDecimal.ZERO;
    BigDecimal usage = BigDecimal.ZERO;
    for (ResourceDiff d : diffs) {
      if (d.either().isPriced()) {
        resources.add(DiffResource.of(d).toJson(JSON));
      }
      monthly = monthly.add(d.monthlyDelta());
      usage = usage.add(d.usageDelta());
    }
    n.put("totalHourlyCost", plain(Hours.monthlyToHourly(monthly)));
    n.put("totalMonthlyCost", plain(monthly));
    n.put("totalMonthlyUsageCost", plain(usage));
    return n;
  }

  private ObjectNode summary(List<Breakdown> breakdowns) {
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
          if (r.components().stream().anyMatch(CostComponent::usageBased)
              || r.subresources().stream().anyMatch(s -> s.components().stream().anyMatch(CostComponent::usageBased))) {
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
    ObjectNode s = JSON.createObjectNode();
    s.put("totalDetectedResources", detected);
    s.put("totalSupportedResources", supported);
    s.put("totalUnsupportedResources", unsupported);
    s.put("totalUsageBasedResources", usageBased);
    s.put("totalNoPriceResources", free);
    ObjectNode u = s.putObject("unsupportedResourceCounts");
    unsupportedCounts.forEach(u::put);
    ObjectNode f = s.putObject("noPriceResourceCounts");
    freeCounts.forEach(f::put);
    return s;
  }

  private static ObjectNode tags(Map<String, String> tags) {
    ObjectNode n = JSON.createObjectNode();
    new TreeMap<>(tags).forEach(n::put);
    return n;
  }

  static void putOrNull(ObjectNode n, String key, Optional<BigDecimal> v) {
    if (v.isPresent()) {
      n.put(key, plain(v.get()));
    } else {
      n.putNull(key);
    }
  }

  static String plain(BigDecimal d) {
    return Decimals.plain(d);
  }

  static Optional<BigDecimal> price(CostComponent c) {
    return c.price() instanceof UnitPrice.Found ? Optional.of(((UnitPrice.Found) c.price()).perUnit()) : Optional.empty();
  }
}
