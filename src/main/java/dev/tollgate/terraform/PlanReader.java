package dev.tollgate.terraform;

import dev.tollgate.model.Action;
import dev.tollgate.model.Addresses;
import dev.tollgate.model.Attributes;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Region;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.model.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Terraform plan JSON file ({@code terraform show -json}) into a {@link ChangeSet}: every
 * format_version from 0.1 to 1.x, with or without {@code terraform_version}, plans holding only
 * {@code resource_changes}, replace in either order, deposed objects, unknown and sensitive values,
 * and targeted plans (prior-state resources outside the plan are left alone, not deleted).
 */
public final class PlanReader {

  /** A plan larger than this is refused rather than read into memory. */
  public static final long MAX_BYTES = 1L << 30;

  public ChangeSet read(Path file) throws InputException {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new InputException("plan.directory", "is a directory, not a plan JSON file", name);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(
            "plan.too_large", "is larger than " + (MAX_BYTES >> 20) + " MiB; no Terraform plan is that big", name);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException("plan.missing", "no such file", name);
    } catch (IOException e) {
      throw new InputException("plan.unreadable", "cannot read: " + e.getMessage(), name);
    }
    return read(name, bytes);
  }

  public ChangeSet read(String name, byte[] bytes) throws InputException {
    RawPlan raw = new PlanParser(name, PlanText.of(name, bytes)).parse();
    if (!raw.hasPlanKeys()) {
      if (raw.looksLikeState()) {
        throw new InputException(
            "plan.state_file",
            "this is Terraform state, not a plan; write a plan with `terraform plan -out plan.tfplan && terraform show -json plan.tfplan > plan.json`",
            name);
      }
      throw new InputException(
          "plan.not_a_plan",
          "this JSON has neither \"resource_changes\" nor \"planned_values\", so it is not a Terraform plan; write one with `terraform show -json plan.tfplan > plan.json`",
          name);
    }
    return toChangeSet(name, raw);
  }

  private ChangeSet toChangeSet(String name, RawPlan raw) throws InputException {
    ProviderRegions regions = new ProviderRegions(raw.configuration(), raw.variables());
    List<ResourceChange> changes = new ArrayList<>(raw.changes().size());
    Set<String> seen = new HashSet<>();
    for (RawPlan.RawChange c : raw.changes()) {
      changes.add(toChange(name, c, regions));
      seen.add(c.address());
    }
    List<String> notes = new ArrayList<>();
    formatNote(raw.formatVersion()).ifPresent(notes::add);
    long outside = raw.priorStateAddresses().stream().filter(a -> !seen.contains(a)).count();
    if (outside > 0 && !raw.changes().isEmpty()) {
      notes.add(outside + (outside == 1 ? " resource" : " resources")
          + " in the prior state " + (outside == 1 ? "is" : "are")
          + " not in this plan (a targeted plan?): left out of the estimate, not counted as deleted");
    }
    dev.tollgate.model.References refs = ConfigReferences.read(raw.configuration());
    return new ChangeSet(name, "terraform_plan_json", RelatedRegions.apply(changes, refs), notes, refs);
  }

  private static Optional<String> formatNote(String formatVersion) {
    if (formatVersion == null) {
      return Optional.empty();
    }
    String major = formatVersion.split("\\.")[0];
    if (!major.equals("0") && !major.equals("1")) {
      return Optional.of("plan format_version " + formatVersion
          + " is newer than Tollgate knows (up to 1.x); read as 1.x");
    }
    return Optional.empty();
  }

  private static ResourceChange toChange(String file, RawPlan.RawChange c, ProviderRegions regions)
      throws InputException {
    Action action = "data".equals(c.mode()) ? Action.READ : action(file, c);
    String address = c.deposed() == null ? c.address() : c.address() + " (deposed " + c.deposed() + ")";
    String provider = shortProvider(c.providerName(), c.type());
    Optional<Resource> before = Optional.empty();
    Optional<Resource> after = Optional.empty();
    if (action != Action.READ) {
      String configAddress = Addresses.withoutIndexes(c.address());
      String module = Addresses.withoutIndexes(c.moduleAddress());
      if (action.hasBefore() && c.before() instanceof Value.ObjV) {
        Attributes attrs = new Attributes((Value.ObjV) c.before());
        Region region = regions.resolve(provider, configAddress, module, attrs);
        before = Optional.of(new Resource(address, c.type(), provider, region, attrs, tags(provider, attrs), action));
      }
      if (action.hasAfter()) {
        Value merged = withUnknowns(c.after(), c.afterUnknown());
        Attributes attrs = merged instanceof Value.ObjV ? new Attributes((Value.ObjV) merged) : Attributes.EMPTY;
        Region region = regions.resolve(provider, configAddress, module, attrs);
        after = Optional.of(new Resource(address, c.type(), provider, region, attrs, tags(provider, attrs), action));
      }
    }
    return new ResourceChange(address, c.type(), action, before, after);
  }

  private static Action action(String file, RawPlan.RawChange c) throws InputException {
    List<String> a = c.actions();
    if (a.size() == 2 && a.contains("delete") && a.contains("create")) {
      return Action.REPLACE;
    }
    if (a.size() == 1) {
      switch (a.get(0)) {
        case "no-op":
          return Action.NO_OP;
        case "create":
          return Action.CREATE;
        case "read":
          return Action.READ;
        case "update":
          return Action.UPDATE;
        case "delete":
          return Action.DELETE;
        case "forget":
          // `removed` blocks: Terraform stops managing the object but does not destroy it.
          return Action.NO_OP;
        default:
          break;
      }
    }
    throw new InputException(
        "plan.shape",
        c.path() + ".change.actions: unknown actions " + a + "; expected no-op, create, read, update, delete or a replace pair",
        file);
  }

  /** {@code registry.terraform.io/hashicorp/aws} and TF 0.12's {@code aws} both become {@code aws}. */
  static String shortProvider(String providerName, String type) {
    if (providerName == null || providerName.isBlank()) {
      int u = type.indexOf('_');
      return u > 0 ? type.substring(0, u) : type;
    }
    int slash = providerName.lastIndexOf('/');
    return slash >= 0 ? providerName.substring(slash + 1) : providerName;
  }

  private static Map<String, String> tags(String provider, Attributes a) {
    if (provider.startsWith("google")) {
      return a.stringMap("labels");
    }
    Map<String, String> all = a.stringMap("tags_all");
    if (!all.isEmpty() && !a.get("tags_all").containsUnknown()) {
      return all;
    }
    return a.stringMap("tags");
  }

  /** Marks the parts of {@code after} that {@code after_unknown} says are known only after apply. */
  static Value withUnknowns(Value after, Value unknown) {
    if (unknown instanceof Value.Bool) {
      return ((Value.Bool) unknown).value() ? Value.UNKNOWN : after;
    }
    if (unknown instanceof Value.ObjV && after instanceof Value.ObjV) {
      Map<String, Value> fields = new LinkedHashMap<>(((Value.ObjV) after).fields());
      ((Value.ObjV) unknown).fields().forEach((k, u) -> fields.put(k, withUnknowns(fields.getOrDefault(k, Value.NULL), u)));
      return new Value.ObjV(fields);
    }
    if (unknown instanceof Value.ListV && after instanceof Value.ListV) {
      List<Value> items = new ArrayList<>(((Value.ListV) after).items());
      List<Value> u = ((Value.ListV) unknown).items();
      for (int i = 0; i < u.size(); i++) {
        if (i < items.size()) {
          items.set(i, withUnknowns(items.get(i), u.get(i)));
        } else if (u.get(i) instanceof Value.Bool && ((Value.Bool) u.get(i)).value()) {
          items.add(Value.UNKNOWN);
        }
      }
      return new Value.ListV(items);
    }
    return after;
  }
}
