package dev.tollgate.infracost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.model.Action;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.Breakdown;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceDiff;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.model.Diffs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Infracost JSON (version 0.2, as Infracost or Tollgate wrote it) into projects, for
 * {@code --compare-to} and for the Infracost CLI price source. Older files lack fields that newer ones
 * have; every field but the project list is optional. Golden files that carry Infracost's test
 * harness trailer ({@code Err:} after the JSON) are read up to the end of the JSON.
 */
public final class InfracostJsonReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The projects of an Infracost JSON file and the currency its amounts are in. */
  public record Read(String currency, List<ProjectEstimate> projects) {
    public Read {
      projects = List.copyOf(projects);
    }
  }

  /** The note each resource read carries (it has no region of its own), shown with the estimate. */
  private final String note;
  /** What the prices read are called: {@code compared estimate}, {@code Infracost CLI}. */
  private final String source;

  /** A reader for earlier estimates ({@code --compare-to}). */
  public InfracostJsonReader() {
    this("from an earlier estimate", "compared estimate");
  }

  /** A reader whose resources say where they came from: {@code priced by the Infracost CLI}, {@code Infracost CLI}. */
  public InfracostJsonReader(String note, String source) {
    this.note = note;
    this.source = source;
  }

  public List<ProjectEstimate> read(Path file) throws InputException {
    return readWithCurrency(file).projects();
  }

  public List<ProjectEstimate> read(String name, String text) throws InputException {
    return readWithCurrency(name, text).projects();
  }

  public Read readWithCurrency(Path file) throws InputException {
    String name = file.toString();
    try {
      return readWithCurrency(name, Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InputException("infracost.missing", "no such file", name);
    } catch (IOException e) {
      throw new InputException("infracost.unreadable", "cannot read: " + e.getMessage(), name);
    }
  }

  /** Infracost JSON; a missing {@code currency} means USD, as in files written before it existed. */
  public Read readWithCurrency(String name, String text) throws InputException {
    JsonNode root;
    try {
      int end = text.lastIndexOf("\n}");
      String json = text.stripTrailing().endsWith("}") || end < 0 ? text : text.substring(0, end + 2);
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? name : name + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new InputException("infracost.invalid_json", "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), where);
    }
    if (root == null || !root.isObject() || !root.path("projects").isArray()) {
      throw new InputException("infracost.shape",
          "not Infracost JSON: expected an object with a \"projects\" array (write one with `tollgate estimate --format json` or `infracost breakdown --format json`)", name);
    }
    List<ProjectEstimate> out = new ArrayList<>();
    int i = 0;
    for (JsonNode p : root.path("projects")) {
      out.add(project(name, "projects[" + i++ + "]", p));
    }
    String currency = root.path("currency").asText("USD");
    if (!currency.matches("[A-Z]{3}")) {
      throw new InputException("infracost.shape", "currency: \"" + currency + "\" is not an ISO 4217 code", name);
    }
    return new Read(currency, out);
  }

  private ProjectEstimate project(String file, String path, JsonNode p) throws InputException {
    if (!p.isObject()) {
      throw new InputException("infracost.shape", path + ": expected an object", file);
    }
    String name = p.path("name").asText(path);
    Breakdown past = breakdown(file, path + ".pastBreakdown", p.path("pastBreakdown"));
    Breakdown current = breakdown(file, path + ".breakdown", p.path("breakdown"));
    List<ResourceDiff> diffs = Diffs.between(past, current);
    return new ProjectEstimate(name, p.path("metadata").path("path").asText(name), "infracost_json",
        past, current, diffs, List.of());
  }

  private Breakdown breakdown(String file, String path, JsonNode b) throws InputException {
    List<CostedResource> out = new ArrayList<>();
    if (b.isMissingNode() || b.isNull()) {
      return Breakdown.EMPTY;
    }
    int i = 0;
    for (JsonNode r : b.path("resources")) {
      String rp = path + ".resources[" + i++ + "]";
      out.add(new CostedResource(resource(file, rp, r),
          new Outcome.Priced(components(file, rp, r.path("costComponents")), subresources(file, rp, r.path("subresources")), List.of())));
    }
    for (JsonNode r : b.path("freeResources")) {
      out.add(new CostedResource(resource(file, path + ".freeResources", r), new Outcome.Free("free in the compared estimate")));
    }
    return new Breakdown(out);
  }

  private Resource resource(String file, String path, JsonNode r) throws InputException {
    String address = r.path("name").asText("");
    if (address.isEmpty()) {
      throw new InputException("infracost.shape", path + ".name: missing resource name", file);
    }
    String type = r.path("resourceType").asText(typeOf(address));
    int u = type.indexOf('_');
    Map<String, String> tags = new LinkedHashMap<>();
    r.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
    return new Resource(address, type, u > 0 ? type.substring(0, u) : type,
        Region.unknown(note), Attributes.EMPTY, tags, Action.NO_OP);
  }

  /** {@code module.a.aws_instance.web[0]} has type {@code aws_instance}. */
  static String typeOf(String address) {
    String[] parts = dev.tollgate.model.Addresses.withoutIndexes(address).split("\\.");
    return parts.length >= 2 ? parts[parts.length - 2] : address;
  }

  private List<SubResource> subresources(String file, String path, JsonNode subs) throws InputException {
    List<SubResource> out = new ArrayList<>();
    int i = 0;
    for (JsonNode s : subs) {
      String sp = path + ".subresources[" + i++ + "]";
      out.add(new SubResource(s.path("name").asText(""), components(file, sp, s.path("costComponents")),
          subresources(file, sp, s.path("subresources"))));
    }
    return out;
  }

  private List<CostComponent> components(String file, String path, JsonNode comps) throws InputException {
    List<CostComponent> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : comps) {
      String cp = path + ".costComponents[" + i++ + "]";
      Optional<BigDecimal> qty = decimal(file, cp + ".monthlyQuantity", c.path("monthlyQuantity"));
      Optional<BigDecimal> price = decimal(file, cp + ".price", c.path("price"));
      UnitPrice unitPrice = c.path("priceNotFound").asBoolean(false) || price.isEmpty()
          ? UnitPrice.missing("no price in the " + source)
          : UnitPrice.of(price.get(), source);
      out.add(new CostComponent(c.path("name").asText(""), c.path("unit").asText(""), qty, unitPrice,
          c.path("usageBased").asBoolean(false)));
    }
    return out;
  }

  private static Optional<BigDecimal> decimal(String file, String path, JsonNode n) throws InputException {
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(n.asText()));
    } catch (NumberFormatException e) {
      throw new InputException("infracost.shape", path + ": \"" + n.asText() + "\" is not a number", file);
    }
  }
}
