package dev.tollgate.terraform.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.model.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Which folders a module folder calls as local modules ({@code source = "../modules/vpc"}), read
 * without evaluating anything: Terraform requires a module's {@code source} to be a literal string.
 * Used to find the root modules a pull request affects; sources outside {@code root}, registry,
 * git and HTTP sources are left out.
 */
public final class ModuleCalls {

  private ModuleCalls() {}

  /** The folders {@code dir} calls, normalised and inside {@code root}, in the order written. */
  public static List<Path> localSources(Path root, Path dir) throws InputException {
    Path realRoot;
    Path realDir;
    try {
      realRoot = root.toRealPath();
      realDir = dir.toRealPath();
    } catch (java.io.IOException e) {
      throw new InputException("hcl.folder", "cannot be read: " + e.getMessage(), dir.toString());
    }
    Module module = new ModuleReader(realRoot, realDir, dir.toString()).read(realDir);
    Sandbox sandbox = new Sandbox(realRoot, realDir);
    List<Path> out = new ArrayList<>();
    for (Config.Block call : module.calls().values()) {
      Config.Expr source = call.body().attribute("source");
      Optional<String> s = source == null ? Optional.empty() : literal(source.node());
      if (s.isEmpty() || !(s.get().equals(".") || s.get().equals("..") || s.get().startsWith("./") || s.get().startsWith("../"))) {
        continue;
      }
      sandbox.inside(realDir, s.get()).filter(Files::isDirectory).filter(p -> !out.contains(p)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> literal(Object node) {
    if (node instanceof JsonNode && ((JsonNode) node).isTextual()) {
      return Optional.of(((JsonNode) node).textValue());
    }
    if (node instanceof Hcl.QuotedTemplate && ((Hcl.QuotedTemplate) node).getExpressions().size() == 1
        && ((Hcl.QuotedTemplate) node).getExpressions().get(0) instanceof Hcl.Literal) {
      return Optional.of(((Hcl.Literal) ((Hcl.QuotedTemplate) node).getExpressions().get(0)).getValueSource());
    }
    return Optional.empty();
  }
}
