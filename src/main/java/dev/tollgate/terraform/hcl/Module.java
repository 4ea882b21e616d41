package dev.tollgate.terraform.hcl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One module's configuration: every {@code .tf} and {@code .tf.json} file of a folder, merged, with
 * override files applied. Blocks that do not change what is deployed ({@code moved}, {@code import},
 * {@code check}, {@code removed}, {@code terraform}) are read and kept out of the way.
 */
record Module(
    Path dir,
    Map<String, Config.Block> variables,
    Map<String, Config.Expr> locals,
    Map<String, Config.Block> outputs,
    List<Config.Block> resources,
    List<Config.Block> data,
    Map<String, Config.Block> calls,
    List<Config.Block> providers) {

  Config.Block resource(String type, String name) {
    for (Config.Block b : resources) {
      if (b.label(0).equals(type) && b.label(1).equals(name)) {
        return b;
      }
    }
    return null;
  }

  Config.Block data(String type, String name) {
    for (Config.Block b : data) {
      if (b.label(0).equals(type) && b.label(1).equals(name)) {
        return b;
      }
    }
    return null;
  }

  boolean hasResourceType(String type) {
    return resources.stream().anyMatch(b -> b.label(0).equals(type));
  }
}
