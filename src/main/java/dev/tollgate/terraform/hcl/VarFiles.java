package dev.tollgate.terraform.hcl;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * The root module's variable values, with Terraform's precedence (later wins): {@code TF_VAR_}
 * environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json}, the
 * {@code *.auto.tfvars} and {@code *.auto.tfvars.json} files in name order, then each
 * {@code -var-file} and {@code -var} in the order given.
 */
final class VarFiles {

  /**
   * One value: already a value (from a variables file), or text from the command line or the
   * environment, which Terraform reads as HCL when the variable's type is not a string.
   */
  record RootValue(Value value, String raw, String source) {
    Value value(Types.Type type, String location) {
      if (raw == null) {
        return value;
      }
      if (type instanceof Types.Prim || type instanceof Types.Any) {
        return new Value.Str(raw);
      }
      try {
        SourceFile f = HclFiles.parse(source, "v = " + raw + "\n");
        Expression x = ((Hcl.Attribute) f.tree.getBody().get(0)).getValue();
        return literalEvaluator().eval(x, new Scope(null, f, Map.of()));
      } catch (InputException | RuntimeException e) {
        return new Value.Str(raw);
      }
    }
  }

  private static Evaluator literalEvaluator() {
    return new Evaluation(Limits.DEFAULT, new Sandbox(Path.of("/nonexistent"), Path.of("/nonexistent")), null).evaluator;
  }

  private VarFiles() {}

  static Map<String, RootValue> load(Path dir, LoaderOptions options, ModuleReader reader) throws InputException {
    Map<String, RootValue> out = new LinkedHashMap<>();
    options.env().forEach((k, v) -> {
      if (k.startsWith("TF_VAR_") && k.length() > 7) {
        out.put(k.substring(7), new RootValue(null, v, "environment variable " + k));
      }
    });
    readIfPresent(dir.resolve("terraform.tfvars"), reader, out);
    readIfPresent(dir.resolve("terraform.tfvars.json"), reader, out);
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json");
      }).sorted().toList()) {
        read(p, reader.display(p), out);
      }
    } catch (IOException e) {
      throw new InputException(new Problem("hcl.folder", "cannot list the folder: " + e.getMessage(), reader.display(dir)));
    }
    for (Path f : options.varFiles()) {
      Path p = dir.resolve(f);
      if (!Files.isRegularFile(p)) {
        throw new InputException(new Problem("hcl.var_file", "no such variables file (relative paths are taken from the Terraform folder)", f.toString()));
      }
      read(p, f.toString(), out);
    }
    for (String v : options.vars()) {
      int eq = v.indexOf('=');
      if (eq <= 0) {
        throw new InputException(new Problem("hcl.var", "--terraform-var must be NAME=VALUE, not \"" + v + "\"", ""));
      }
      out.put(v.substring(0, eq).trim(), new RootValue(null, v.substring(eq + 1), "--terraform-var " + v.substring(0, eq)));
    }
    return out;
  }

  private static void readIfPresent(Path p, ModuleReader reader, Map<String, RootValue> out) throws InputException {
    if (Files.isRegularFile(p)) {
      read(p, reader.display(p), out);
    }
  }

  private static void read(Path p, String display, Map<String, RootValue> out) throws InputException {
    String text;
    try {
      if (Files.size(p) > Sandbox.MAX_FILE_BYTES) {
        throw new InputException(new Problem("hcl.limit", "is larger than " + (Sandbox.MAX_FILE_BYTES >> 20) + " MiB", display));
      }
      text = ModuleReader.decode(Files.readAllBytes(p), display);
    } catch (IOException e) {
      throw new InputException(new Problem("hcl.unreadable", "cannot read: " + e.getMessage(), display));
    }
    if (p.getFileName().toString().endsWith(".json")) {
      Value v = Json.fromNode(JsonFiles.read(display, text));
      ((Value.ObjV) v).fields().forEach((k, x) -> out.put(k, new RootValue(x, null, display)));
      return;
    }
    SourceFile f = HclFiles.parse(display, text);
    Evaluator ev = literalEvaluator();
    Map<String, RootValue> values = new HashMap<>();
    for (Map.Entry<String, Config.Expr> a : HclFiles.body(f).attributes().entrySet()) {
      Value v;
      try {
        v = ev.eval(a.getValue(), new Scope(null, f, Map.of()));
      } catch (EvalException e) {
        throw new InputException(new Problem("hcl.var_file", e.getMessage() + "; a variables file holds values only", e.location));
      }
      values.put(a.getKey(), new RootValue(v, null, display));
    }
    out.putAll(values);
  }
}
