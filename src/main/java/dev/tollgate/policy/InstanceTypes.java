package dev.tollgate.policy;

import dev.tollgate.model.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instance types a resource asks for, split into family and size: AWS's {@code m5.xlarge}
 * (also {@code db.r5.large} and {@code cache.t3.micro}, prefix dropped) and Google's
 * {@code n2-standard-8} (family {@code n2}, size {@code standard-8}).
 */
final class InstanceTypes {

  /** @param type as written; family and size in lower case */
  record Type(String type, String family, String size) {}

  private static final List<String> SINGLE = List.of("instance_type", "instance_class", "node_type", "machine_type");
  private static final List<String> LISTS = List.of("instance_types");

  private InstanceTypes() {}

  static List<Type> of(Attributes a) {
    List<String> raw = new ArrayList<>();
    SINGLE.forEach(k -> a.string(k).ifPresent(raw::add));
    LISTS.forEach(k -> raw.addAll(a.strings(k)));
    List<Type> out = new ArrayList<>();
    for (String t : raw) {
      split(t).ifPresent(out::add);
    }
    return out;
  }

  static java.util.Optional<Type> split(String type) {
    String t = type.strip().toLowerCase(Locale.ROOT);
    for (String prefix : List.of("db.", "cache.")) {
      if (t.startsWith(prefix)) {
        t = t.substring(prefix.length());
      }
    }
    int dot = t.indexOf('.');
    if (dot > 0 && dot < t.length() - 1) {
      return java.util.Optional.of(new Type(type, t.substring(0, dot), t.substring(dot + 1)));
    }
    int dash = t.indexOf('-');
    if (dash > 0 && dash < t.length() - 1) {
      return java.util.Optional.of(new Type(type, t.substring(0, dash), t.substring(dash + 1)));
    }
    return java.util.Optional.empty();
  }
}
