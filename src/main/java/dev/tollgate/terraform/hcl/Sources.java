package dev.tollgate.terraform.hcl;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a module call's code is. Local sources ({@code ./x}, {@code ../../}) are folders of the
 * repository. A registry source ({@code terraform-google-modules/vm/google//modules/mig}) is read
 * from the repository when the call sits inside that module's own repository (a folder named
 * {@code terraform-google-vm} above it, as in the module's examples); anything else (the registry,
 * git, HTTP) is never fetched and is reported as unresolved.
 */
final class Sources {

  private static final Pattern REGISTRY =
      Pattern.compile("^(?:[a-zA-Z0-9.-]+/)?([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)(?://(.*))?$");

  /** A resolved folder and its configuration, or the reason there is none. */
  record Resolved(Path dir, Module module, String reason) {}

  /** A child module's files could not be read: fatal, carried out of the lazy evaluation. */
  static final class Unreadable extends RuntimeException {
    final InputException cause;

    Unreadable(InputException cause) {
      super(cause.getMessage(), null, false, false);
      this.cause = cause;
    }
  }

  private Sources() {}

  static Resolved resolve(Config.Block call, ModuleInstance from) {
    Evaluation ev = from.evaluation();
    Config.Expr e = call.body().attribute("source");
    if (e == null) {
      return new Resolved(null, null, "has no source; its resources are not in the estimate");
    }
    Value v = ev.evaluator.evalOrUnknown(e, new Scope(from, call.file(), java.util.Map.of()));
    if (!(v instanceof Value.Str)) {
      return new Resolved(null, null, "its source is not a string; its resources are not in the estimate");
    }
    String source = ((Value.Str) v).value();
    Path dir;
    if (source.equals(".") || source.equals("..") || source.startsWith("./") || source.startsWith("../")) {
      Optional<Path> p = ev.sandbox.inside(from.config().dir(), source);
      if (p.isEmpty()) {
        return new Resolved(null, null, "source \"" + source + "\" is outside the repository; it was not read");
      }
      dir = p.get();
      if (!Files.isDirectory(dir)) {
        return new Resolved(null, null, "source \"" + source + "\" is not a folder in the repository; its resources are not in the estimate");
      }
    } else {
      Optional<Path> p = registryCopy(source, from.config().dir(), ev.sandbox);
      if (p.isEmpty()) {
        return new Resolved(null, null, "source \"" + source
            + "\" is not in the repository and Tollgate does not download modules; its resources are not in the estimate");
      }
      dir = p.get();
      ev.note(call.location() + ": registry module \"" + source + "\" read from this repository's copy, "
          + ev.reader.display(dir));
    }
    if (from.depth + 1 > ev.limits.maxModuleDepth()) {
      throw EvalException.fatal("hcl.limit", call.location(),
          "modules are nested more than " + ev.limits.maxModuleDepth() + " deep; Tollgate stops there");
    }
    if (from.isWithin(dir)) {
      throw EvalException.fatal("hcl.module_cycle", call.location(),
          "module \"" + call.label(0) + "\" calls " + ev.reader.display(dir) + ", which is already being evaluated above it: a module cannot call itself");
    }
    try {
      return new Resolved(dir, ev.reader.read(dir), null);
    } catch (InputException x) {
      throw new Unreadable(x);
    }
  }

  /** {@code ns/name/provider//sub} as the folder {@code terraform-provider-name/sub} above {@code from}. */
  private static Optional<Path> registryCopy(String source, Path from, Sandbox sandbox) {
    Matcher m = REGISTRY.matcher(source.split("\\?")[0]);
    if (!m.matches()) {
      return Optional.empty();
    }
    String repo = "terraform-" + m.group(3) + "-" + m.group(2);
    for (Path d = from; d != null && d.startsWith(sandbox.root()); d = d.getParent()) {
      if (d.getFileName() != null && d.getFileName().toString().equals(repo)) {
        String sub = m.group(4) == null ? "." : m.group(4);
        return sandbox.inside(d, sub).filter(Files::isDirectory);
      }
    }
    return Optional.empty();
  }

  /** {@code path.module}: the module's folder relative to the root module's, as Terraform gives it. */
  static String pathModule(Evaluation ev, Path dir) {
    String rel = ev.sandbox.base().relativize(dir).toString().replace('\\', '/');
    return rel.isEmpty() ? "." : rel;
  }
}
