package dev.tollgate.terraform.hcl;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.support.Shared;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Loads the HCL corpus's root modules, each with its project folder as the repository root. */
final class CorpusRoots {

  private CorpusRoots() {}

  static Path dir(String root) {
    return Shared.path("corpus/hcl/" + root);
  }

  static ChangeSet load(String root) throws Exception {
    return load(root, LoaderOptions.defaults());
  }

  static ChangeSet load(String root, LoaderOptions options) throws Exception {
    Path repo = Shared.path("corpus/hcl/" + root.split("/")[0]);
    return new HclLoader(options.withRepoRoot(repo)).load(dir(root));
  }

  /** {@code aws_instance=2, random_string=1}: resources by type, types sorted. */
  static String countsByType(ChangeSet cs) {
    Map<String, Integer> m = new TreeMap<>();
    cs.changes().forEach(c -> m.merge(c.type(), 1, Integer::sum));
    return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  static Map<String, Resource> byAddress(ChangeSet cs) {
    Map<String, Resource> m = new LinkedHashMap<>();
    for (ResourceChange c : cs.changes()) {
      m.put(c.address(), c.after().orElseThrow());
    }
    return m;
  }
}
