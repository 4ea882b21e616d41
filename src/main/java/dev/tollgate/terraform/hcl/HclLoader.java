package dev.tollgate.terraform.hcl;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.terraform.hcl.functions.FnException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices a Terraform folder without Terraform: parses the root module and every local module it
 * calls with rewrite-hcl, evaluates them (variables, locals, count, for_each, modules, functions)
 * and yields each resource instance it would create, as a {@link ChangeSet} of type
 * {@code terraform_dir}. Nothing is run, downloaded or read outside the repository root; what could
 * not be known or followed is said in the change set's notes.
 */
public final class HclLoader {

  private final LoaderOptions options;

  public HclLoader(LoaderOptions options) {
    this.options = options;
  }

  public ChangeSet load(Path folder) throws InputException {
    return loadWithSources(folder).changes();
  }

  /**
   * A folder's resources, and where each resource block is written. The lines are worked out only
   * when asked for (printing a file's tree once), so a caller that annotates a few resources pays
   * for the few files they are in.
   */
  public static final class Loaded {
    private final ChangeSet changes;
    private final Map<String, Config.Block> blocks;

    Loaded(ChangeSet changes, Map<String, Config.Block> blocks) {
      this.changes = changes;
      this.blocks = Map.copyOf(blocks);
    }

    public ChangeSet changes() {
      return changes;
    }

    /** The file and line of the block that made the resource at {@code address}, when known ({@code .tf}, not {@code .tf.json}). */
    public java.util.Optional<SourceLine> sourceOf(String address) {
      Config.Block block = blocks.get(address);
      int[] lc = block == null ? null : block.file().lineCol(block.node());
      return lc == null ? java.util.Optional.empty() : java.util.Optional.of(new SourceLine(block.file().display, lc[0]));
    }
  }

  public Loaded loadWithSources(Path folder) throws InputException {
    String name = folder.toString();
    Path dir;
    Path root;
    try {
      if (!Files.isDirectory(folder)) {
        throw new InputException("hcl.folder", "is not a folder", name);
      }
      dir = folder.toRealPath();
      root = options.repoRoot().isPresent() ? options.repoRoot().get().toRealPath() : dir;
    } catch (IOException e) {
      throw new InputException("hcl.folder", "cannot be read: " + e.getMessage(), name);
    }
    if (!dir.startsWith(root)) {
      throw new InputException("hcl.folder", "is outside the repository root " + root, name);
    }
    ModuleReader reader = new ModuleReader(root, dir, name);
    Sandbox sandbox = new Sandbox(root, dir);
    try {
      if (!hasConfiguration(dir)) {
        throw new InputException("hcl.empty", "holds no Terraform configuration (.tf or .tf.json files)", name);
      }
      Module module = reader.read(dir);
      Map<String, VarFiles.RootValue> values = VarFiles.load(dir, options, reader);
      Evaluation ev = new Evaluation(options.limits(), sandbox, reader);
      sandbox.templates(new TemplateFiles(ev));
      ModuleInstance top = new ModuleInstance(ev, module, "", null, 0, null, values, ".");
      top.providers = Providers.declaredIn(top, null, Map.of());
      List<ResourceChange> changes = new ArrayList<>();
      Collector.collect(top, changes, ev);
      for (Map.Entry<String, VarFiles.RootValue> v : values.entrySet()) {
        // TF_VAR_ variables in a CI environment often serve other folders; Terraform ignores those too.
        if (!module.variables().containsKey(v.getKey()) && !v.getValue().source().startsWith("environment")) {
          ev.note(v.getValue().source() + ": a value is given for variable \"" + v.getKey() + "\", which " + name
              + " does not declare; ignored");
        }
      }
      return new Loaded(new ChangeSet(name, "terraform_dir", changes, ev.notes()), ev.resourceBlocks);
    } catch (EvalException e) {
      throw new InputException(new Problem(e.code, e.getMessage(), e.location.isEmpty() ? name : e.location));
    } catch (FnException e) {
      throw new InputException(new Problem(e.code(), e.getMessage(), name));
    } catch (Sources.Unreadable e) {
      throw e.cause;
    } catch (StackOverflowError e) {
      throw new InputException(new Problem("hcl.limit", "expressions or modules are nested too deeply to evaluate", name));
    }
  }

  private static boolean hasConfiguration(Path dir) throws InputException {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".tf") || p.getFileName().toString().endsWith(".tf.json"));
    } catch (IOException e) {
      throw new InputException("hcl.folder", "cannot be listed: " + e.getMessage(), dir.toString());
    }
  }

  /**
   * The nearest folder at or above {@code dir} holding {@code .git}, else {@code dir} itself: the
   * command line's default repository root. Not the loader's own default: a snapshot of a pull
   * request without {@code .git} must not widen to whatever repository happens to contain it.
   */
  public static Path repositoryOf(Path dir) {
    Path start = dir.toAbsolutePath().normalize();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return start;
  }
}
