package dev.tollgate.terraform.hcl;

import dev.tollgate.model.Value;
import dev.tollgate.terraform.hcl.functions.Conv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identifiers a provider computes at apply time ({@code id}; {@code arn} on AWS; {@code self_link}
 * on Google Cloud), given to each resource instance of a folder as a placeholder unique to its
 * address, as Infracost's HCL parser does. Resources refer to each other by these
 * ({@code launch_template { id = aws_launch_template.worker.id }}, a group manager's
 * {@code instance_template = google_compute_instance_template.tpl.self_link}), through variables,
 * module outputs and functions alike; with an unknown value the reference would be lost and the
 * group left unpriced. A placeholder reads {@code tollgate-computed:<address>.<attribute>}, so it cannot
 * be mistaken for a real identifier. Identifiers the configuration sets itself are kept.
 */
final class ComputedIds {

  static final String PREFIX = "tollgate-computed:";

  private ComputedIds() {}

  static Value add(Value object, String type, String address, Evaluation ev) {
    if (!(object instanceof Value.ObjV)) {
      return object;
    }
    Map<String, Value> fields = new LinkedHashMap<>(((Value.ObjV) object).fields());
    for (String attribute : attributes(type)) {
      fields.putIfAbsent(attribute, Conv.str(PREFIX + address + "." + attribute));
    }
    return ev.open(Conv.obj(fields));
  }

  private static List<String> attributes(String type) {
    if (type.startsWith("aws_")) {
      return List.of("id", "arn");
    }
    if (type.startsWith("google_")) {
      return List.of("id", "self_link");
    }
    return List.of("id");
  }
}
