package dev.tollgate.cli;

import dev.tollgate.pricing.FreeResources;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.UnsupportedResources;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tollgate resources}: the coverage table, generated from the registry so the README's copy
 * cannot drift (a test compares them).
 */
@Command(name = "resources", mixinStandardHelpOptions = true,
    description = "List every resource type Tollgate prices, knows to be free, or knows it cannot price (markdown).")
final class ResourcesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(table(new PricerRegistry()));
    out.flush();
    return Main.OK;
  }

  static String table(PricerRegistry registry) {
    Map<String, String[]> rows = new TreeMap<>();
    for (Map.Entry<String, Pricer> e : registry.pricers().entrySet()) {
      rows.put(e.getKey(), new String[] {"priced", usage(e.getValue())});
    }
    UnsupportedResources.all().forEach((type, reason) -> rows.put(type, new String[] {"not supported", reason}));
    StringBuilder b = new StringBuilder();
    b.append("| resource type | cloud | status | notes |\n|---|---|---|---|\n");
    rows.forEach((type, r) -> b.append("| `").append(type).append("` | ").append(cloud(type)).append(" | ")
        .append(r[0]).append(" | ").append(r[1]).append(" |\n"));
    b.append("\nFree (").append(FreeResources.types().size()).append(" types, plus every resource of the ")
        .append(String.join(", ", new java.util.TreeSet<>(FreeResources.freeProviders()))).append(" providers): ");
    b.append(String.join(", ", FreeResources.types().stream().map(t -> "`" + t + "`").toList())).append(".\n");
    return b.toString();
  }

  private static String usage(Pricer p) {
    if (p.usageKeys().isEmpty()) {
      return "";
    }
    return "usage: " + String.join(", ", p.usageKeys().stream().map(k -> "`" + k.key() + "`").toList());
  }

  static String cloud(String type) {
    if (type.startsWith("aws_")) {
      return "AWS";
    }
    if (type.startsWith("google_")) {
      return "Google Cloud";
    }
    if (type.startsWith("azurerm_")) {
      return "Azure";
    }
    return "";
  }
}
