package dev.tollgate.terraform.hcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's override files ({@code override.tf}, {@code *_override.tf}): a block with the same type
 * and labels as one already read replaces its attributes and nested blocks of the same type.
 */
final class Overrides {

  private Overrides() {}

  static List<Config.Block> apply(List<Config.Block> primary, List<Config.Block> overrides) {
    List<Config.Block> out = new ArrayList<>(primary);
    for (Config.Block o : overrides) {
      boolean merged = false;
      for (int i = 0; i < out.size(); i++) {
        Config.Block b = out.get(i);
        if (b.type().equals(o.type()) && b.labels().equals(o.labels()) && !b.type().equals("locals")) {
          out.set(i, merge(b, o));
          merged = true;
          break;
        }
      }
      if (!merged && o.type().equals("locals")) {
        out.add(o);
      }
    }
    return out;
  }

  private static Config.Block merge(Config.Block base, Config.Block over) {
    Map<String, Config.Expr> attrs = new LinkedHashMap<>(base.body().attributes());
    attrs.putAll(over.body().attributes());
    List<String> replaced = over.body().blocks().stream().map(Config.Block::type).distinct().toList();
    List<Config.Block> blocks = new ArrayList<>();
    base.body().blocks().stream().filter(b -> !replaced.contains(b.type())).forEach(blocks::add);
    blocks.addAll(over.body().blocks());
    return new Config.Block(base.type(), base.labels(), new Config.Body(attrs, blocks), base.file(), base.node());
  }
}
