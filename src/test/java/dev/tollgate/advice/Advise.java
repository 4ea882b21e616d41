package dev.tollgate.advice;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.Hint;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.support.Engines;
import dev.tollgate.terraform.hcl.HclLoader;
import dev.tollgate.terraform.hcl.LoaderOptions;
import dev.tollgate.terraform.PlanReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Advice on Terraform written inline: the text is loaded by Tollgate's own HCL loader (so references
 * between resources are the configuration's, as in a real folder), estimated with the shipped
 * catalog and advised by every rule.
 */
final class Advise {

  private Advise() {}

  static List<Hint> hcl(String tf) throws Exception {
    return hcl(tf, UsageFile.NONE);
  }

  static List<Hint> hcl(String tf, UsageFile usage) throws Exception {
    Path dir = Files.createTempDirectory("advice");
    try {
      Files.writeString(dir.resolve("main.tf"), tf);
      ChangeSet changes = new HclLoader(LoaderOptions.defaults().withRepoRoot(dir)).load(dir);
      ProjectEstimate p = Engines.engine(usage).estimate("p", changes);
      return new Advisor(new PricerRegistry(), new Prices(Engines.catalog(), Engines.AS_OF))
          .advise(p, usage, "USD", changes.references());
    } finally {
      Files.deleteIfExists(dir.resolve("main.tf"));
      Files.deleteIfExists(dir);
    }
  }

  /** A plan JSON of resources created with one provider, as {@code terraform show -json} writes it. */
  static Plan plan(String provider, String region) {
    return new Plan(provider, region);
  }

  /**
   * A plan under construction: each resource with its {@code after} attributes and the references
   * its configuration makes ({@code launch_template} to {@code aws_launch_template.web}), which the
   * plan's {@code configuration} section carries.
   */
  static final class Plan {
    private final String provider;
    private final String region;
    private final StringBuilder changes = new StringBuilder();
    private final StringBuilder config = new StringBuilder();

    private Plan(String provider, String region) {
      this.provider = provider;
      this.region = region;
    }

    Plan create(String address, String after) {
      return create(address, after, Map.of());
    }

    Plan create(String address, String after, Map<String, String> references) {
      String type = address.replaceAll("\\[.*\\]$", "").replaceAll("^(.*\\.)?([a-z0-9_]+)\\.[^.]+$", "$2");
      String name = address.replaceAll("\\[.*\\]$", "").replaceAll("^.*\\.", "");
      changes.append(changes.length() == 0 ? "" : ",").append("{\"address\":\"").append(address.replace("\"", "\\\""))
          .append("\",\"mode\":\"managed\",\"type\":\"").append(type).append("\",\"name\":\"").append(name)
          .append("\",\"provider_name\":\"registry.terraform.io/hashicorp/").append(provider)
          .append("\",\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":").append(after)
          .append(",\"after_unknown\":{}}}");
      String configAddress = address.replaceAll("\\[[^\\]]*\\]", "");
      if (config.indexOf("\"" + configAddress + "\"") < 0) {
        StringBuilder expressions = new StringBuilder();
        references.forEach((path, target) -> expressions.append(expressions.length() == 0 ? "" : ",").append(nested(path, target)));
        config.append(config.length() == 0 ? "" : ",").append("{\"address\":\"").append(configAddress)
            .append("\",\"mode\":\"managed\",\"type\":\"").append(type).append("\",\"name\":\"").append(name)
            .append("\",\"provider_config_key\":\"").append(provider).append("\",\"expressions\":{").append(expressions)
            .append("}}");
      }
      return this;
    }

    /** {@code a.b.c} referring to {@code t} as the plan nests it: blocks are lists of objects. */
    private static String nested(String path, String target) {
      String[] steps = path.split("\\.");
      String inner = "{\"references\":[\"" + target + ".id\",\"" + target + "\"]}";
      for (int i = steps.length - 1; i > 0; i--) {
        inner = "[{\"" + steps[i] + "\":" + inner + "}]";
      }
      return "\"" + steps[0] + "\":" + inner;
    }

    String json() {
      return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.5\",\"resource_changes\":[" + changes
          + "],\"configuration\":{\"provider_config\":{\"" + provider + "\":{\"name\":\"" + provider
          + "\",\"expressions\":{\"region\":{\"constant_value\":\"" + region + "\"}}}},\"root_module\":{\"resources\":["
          + config + "]}}}";
    }

    List<Hint> hints() throws Exception {
      return hints(UsageFile.NONE);
    }

    List<Hint> hints(UsageFile usage) throws Exception {
      ChangeSet changes = new PlanReader().read("plan.json", json().getBytes(StandardCharsets.UTF_8));
      ProjectEstimate p = Engines.engine(usage).estimate("p", changes);
      return new Advisor(new PricerRegistry(), new Prices(Engines.catalog(), Engines.AS_OF))
          .advise(p, usage, "USD", changes.references());
    }
  }

  static List<Hint> rule(String id, List<Hint> hints) {
    return hints.stream().filter(h -> h.rule().equals(id)).toList();
  }

  static UsageFile usage(String yaml) throws Exception {
    Path f = Files.createTempFile("usage", ".yml");
    try {
      Files.writeString(f, yaml);
      return UsageFile.read(f);
    } finally {
      Files.deleteIfExists(f);
    }
  }
}
