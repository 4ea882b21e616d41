package dev.tollgate.terraform.hcl;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Value;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small Terraform folder from text and evaluates it, for tests of the evaluator. */
final class HclKit {

  private HclKit() {}

  static ChangeSet load(Path dir, String mainTf) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("main.tf"), mainTf);
    return new HclLoader(LoaderOptions.defaults().withRepoRoot(dir)).load(dir);
  }

  /** The value of {@code expr} as an attribute of a resource, with {@code config} around it. */
  static Value eval(Path dir, String config, String expr) throws Exception {
    ChangeSet cs = load(dir, config + "\nresource \"test_thing\" \"probe\" {\n  v = " + expr + "\n}\n");
    Resource probe = CorpusRoots.byAddress(cs).get("test_thing.probe");
    return probe.attributes().get("v");
  }

  static Value eval(Path dir, String expr) throws Exception {
    return eval(dir, "", expr);
  }
}
