package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.util.Map;

/**
 * Terraform's type conversion functions. Sensitivity does not change what a resource costs, so
 * {@code sensitive} and {@code nonsensitive} pass values through.
 */
final class TypeFunctions {

  private TypeFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "tostring", 1, 1, (a, f) -> a.get(0).isNull() ? Value.NULL : Conv.str(Conv.string(a.get(0))));
    Functions.add(m, "tonumber", 1, 1, (a, f) -> a.get(0).isNull() ? Value.NULL : Conv.num(Conv.number(a.get(0))));
    Functions.add(m, "tobool", 1, 1, (a, f) -> a.get(0).isNull() ? Value.NULL : Value.of(Conv.bool(a.get(0))));
    Functions.addUnknownAware(m, "tolist", 1, 1, (a, f) -> a.get(0).isUnknown() ? Value.UNKNOWN : tolist(a.get(0)));
    Functions.addUnknownAware(m, "toset", 1, 1, (a, f) -> a.get(0).isUnknown() ? Value.UNKNOWN : Conv.set(tolist(a.get(0)) instanceof Value.ListV l ? l.items() : java.util.List.of()));
    Functions.addUnknownAware(m, "tomap", 1, 1, (a, f) -> a.get(0).isUnknown() ? Value.UNKNOWN : Conv.obj(Conv.fields(a.get(0))));
    Functions.addUnknownAware(m, "sensitive", 1, 1, (a, f) -> a.get(0));
    Functions.addUnknownAware(m, "nonsensitive", 1, 1, (a, f) -> a.get(0));
    Functions.addUnknownAware(m, "ephemeralasnull", 1, 1, (a, f) -> a.get(0));
    Functions.add(m, "issensitive", 1, 1, (a, f) -> Value.FALSE);
  }

  private static Value tolist(Value v) {
    if (v.isNull()) {
      return Value.NULL;
    }
    return Conv.list(Conv.items(v));
  }
}
