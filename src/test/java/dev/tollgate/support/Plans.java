package dev.tollgate.support;

import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.terraform.PlanReader;
import java.nio.charset.StandardCharsets;

/** One-resource plans written inline, the way {@code terraform show -json} renders a create. */
public final class Plans {

  private Plans() {}

  /** A plan creating {@code address} with the given {@code after} attributes (a JSON object) in {@code region}. */
  public static String create(String region, String address, String afterJson) {
    String type = address.replaceAll("\\[.*\\]$", "").replaceAll("^.*?([a-z0-9_]+)\\.[^.]+$", "$1");
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"resource_changes\":[{\"address\":\""
        + address + "\",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\"x\","
        + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"change\":{\"actions\":[\"create\"],"
        + "\"before\":null,\"after\":" + afterJson + ",\"after_unknown\":{}}}],"
        + "\"configuration\":{\"provider_config\":{\"aws\":{\"name\":\"aws\",\"expressions\":{\"region\":"
        + "{\"constant_value\":\"" + region + "\"}}}},\"root_module\":{}}}";
  }

  public static ProjectEstimate estimate(String name, String planJson, UsageFile usage) throws InputException {
    return Engines.engine(usage).estimate(name, new PlanReader().read(name, planJson.getBytes(StandardCharsets.UTF_8)));
  }
}
