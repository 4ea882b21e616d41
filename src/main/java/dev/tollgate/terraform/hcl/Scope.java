package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an expression is evaluated: the module instance it belongs to, the file it is written in,
 * and the names bound around it ({@code count}, {@code each}, {@code self}, a dynamic block's
 * iterator, a for expression's variables).
 */
final class Scope {

  final ModuleInstance module;
  final SourceFile file;
  private final Map<String, Value> names;

  Scope(ModuleInstance module, SourceFile file, Map<String, Value> names) {
    this.module = module;
    this.file = file;
    this.names = names;
  }

  Scope with(String name, Value value) {
    Map<String, Value> n = new HashMap<>(names);
    n.put(name, value);
    return new Scope(module, file, n);
  }

  Scope in(SourceFile f) {
    return f == file ? this : new Scope(module, f, names);
  }

  Value name(String name) {
    return names.get(name);
  }

  boolean binds(String name) {
    return names.containsKey(name);
  }
}
