package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openrewrite.hcl.tree.Expression;

/**
 * A resource's body as the attribute values a pricer reads, in plan JSON's shape: nested blocks
 * (written out or made by {@code dynamic} blocks) become lists of objects. Meta-arguments are left
 * out. An attribute that cannot be evaluated is unknown, with a note.
 */
final class Bodies {

  private static final Set<String> META_ATTRIBUTES = Set.of("count", "for_each", "provider", "depends_on");
  private static final Set<String> META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");

  private Bodies() {}

  static Value evaluate(Config.Body body, Scope s, Evaluation ev, boolean top) {
    Map<String, Value> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Config.Expr> a : body.attributes().entrySet()) {
      if (top && (META_ATTRIBUTES.contains(a.getKey()) || META_BLOCKS.contains(a.getKey()))) {
        continue;
      }
      fields.put(a.getKey(), ev.evaluator.evalOrUnknown(a.getValue(), s));
    }
    Map<String, List<Value>> blocks = new LinkedHashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (Config.Block b : body.blocks()) {
      if (top && META_BLOCKS.contains(b.type())) {
        continue;
      }
      if (b.type().equals("dynamic")) {
        dynamic(b, s, ev, blocks, unknown);
      } else {
        blocks.computeIfAbsent(b.type(), k -> new ArrayList<>()).add(evaluate(b.body(), s.in(b.file()), ev, false));
      }
    }
    blocks.forEach((type, items) -> fields.put(type, unknown.contains(type) ? Value.UNKNOWN : Conv.list(items)));
    unknown.stream().filter(t -> !blocks.containsKey(t)).forEach(t -> fields.put(t, Value.UNKNOWN));
    return ev.open(Conv.obj(fields));
  }

  private static void dynamic(Config.Block b, Scope s, Evaluation ev, Map<String, List<Value>> blocks, Set<String> unknown) {
    String type = b.label(0);
    Config.Expr forEach = b.body().attribute("for_each");
    List<Config.Block> contents = b.body().blocks("content");
    List<Value> items = blocks.computeIfAbsent(type, k -> new ArrayList<>());
    if (forEach == null || contents.isEmpty()) {
      ev.note(b.location() + ": dynamic \"" + type + "\" has no for_each or no content block; left out");
      return;
    }
    String iterator = type;
    Config.Expr it = b.body().attribute("iterator");
    if (it != null && it.node() instanceof Expression) {
      iterator = HclFiles.name((Expression) it.node());
    }
    Value collection = ev.evaluator.evalOrUnknown(forEach, s);
    if (collection.isUnknown()) {
      unknown.add(type);
      return;
    }
    Map<Value, Value> entries;
    try {
      entries = Evaluator.entries(collection);
    } catch (RuntimeException e) {
      ev.note(forEach.location() + ": dynamic \"" + type + "\" for_each " + e.getMessage() + "; left out");
      return;
    }
    for (Map.Entry<Value, Value> e : entries.entrySet()) {
      Map<String, Value> binding = new LinkedHashMap<>();
      binding.put("key", e.getKey());
      binding.put("value", e.getValue());
      Scope inner = s.with(iterator, Conv.obj(binding));
      items.add(evaluate(contents.get(0).body(), inner.in(contents.get(0).file()), ev, false));
      Conv.checkSize(items.size());
    }
  }
}
