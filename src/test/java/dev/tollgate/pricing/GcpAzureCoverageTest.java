package dev.tollgate.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.model.Action;
import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.ResourceChange;
import dev.tollgate.pricing.azure.AzurePricers;
import dev.tollgate.pricing.gcp.GcpPricers;
import dev.tollgate.support.Shared;
import dev.tollgate.terraform.PlanReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Google Cloud and Azure resource type in the corpus (managed resources of its plans, resource
 * blocks of its .tf and .tf.json files) is priced, known to be free, or listed as not supported with
 * its own reason, and the three never overlap.
 */
class GcpAzureCoverageTest {

  private static final Pattern RESOURCE_BLOCK = Pattern.compile("(?m)^\\s*resource\\s+\"([A-Za-z0-9_-]+)\"");
  private final PricerRegistry registry = new PricerRegistry();

  @Test
  void every_google_and_azure_type_in_the_corpus_is_priced_free_or_unsupported_with_a_reason() throws Exception {
    Set<String> types = corpusTypes();
    // The corpus's GKE, Cloud SQL, Compute Engine, AKS, VM, disk and networking types are all there.
    assertThat(types).contains("google_compute_instance", "google_container_cluster", "google_sql_database_instance",
        "azurerm_kubernetes_cluster", "azurerm_virtual_machine", "azurerm_managed_disk", "azurerm_firewall").hasSize(49);
    List<String> uncovered = new ArrayList<>();
    for (String t : types) {
      boolean known = registry.isPriced(t) || FreeResources.isFree(t) || UnsupportedResources.reason(t).isPresent();
      if (!known) {
        uncovered.add(t);
      }
    }
    assertThat(uncovered).as("types with neither a pricer, a free entry nor a listed reason").isEmpty();
  }

  @Test
  void the_clouds_have_at_least_fifteen_and_twelve_pricers_listed_in_type_order() {
    assertThat(GcpPricers.ALL).hasSizeGreaterThanOrEqualTo(15);
    assertThat(AzurePricers.ALL).hasSizeGreaterThanOrEqualTo(12);
    for (List<Pricer> list : List.of(GcpPricers.ALL, AzurePricers.ALL)) {
      List<String> order = list.stream().map(Pricer::resourceType).toList();
      assertThat(order).isSorted().doesNotHaveDuplicates();
    }
    assertThat(GcpPricers.ALL).allMatch(p -> p.resourceType().startsWith("google_"));
    assertThat(AzurePricers.ALL).allMatch(p -> p.resourceType().startsWith("azurerm_"));
  }

  @Test
  void no_type_is_both_priced_and_free_or_unsupported() {
    for (String priced : registry.pricers().keySet()) {
      assertThat(FreeResources.types()).as("free and priced").doesNotContain(priced);
      assertThat(UnsupportedResources.all()).as("unsupported and priced").doesNotContainKey(priced);
    }
    Set<String> both = new TreeSet<>(FreeResources.types());
    both.retainAll(UnsupportedResources.all().keySet());
    assertThat(both).as("free and unsupported").isEmpty();
    // "Free" and "not supported" never blur: 300+ known-free types across the three clouds.
    assertThat(FreeResources.types()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(FreeResources.types().stream().filter(t -> t.startsWith("google_"))).hasSizeGreaterThan(150);
    assertThat(FreeResources.types().stream().filter(t -> t.startsWith("azurerm_"))).hasSizeGreaterThan(60);
  }

  private static Set<String> corpusTypes() throws Exception {
    Path corpus = Shared.path("corpus");
    Set<String> types = new TreeSet<>();
    try (Stream<Path> plans = Files.list(corpus.resolve("plans"))) {
      for (Path plan : plans.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        ChangeSet c = new PlanReader().read(plan);
        for (ResourceChange rc : c.changes()) {
          if (rc.action() != Action.READ) {
            types.add(rc.type());
          }
        }
      }
    }
    try (Stream<Path> files = Files.walk(corpus.resolve("hcl"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tf")) {
          Matcher m = RESOURCE_BLOCK.matcher(Files.readString(f));
          while (m.find()) {
            types.add(m.group(1));
          }
        } else if (name.endsWith(".tf.json")) {
          Iterator<String> it = new ObjectMapper().readTree(f.toFile()).path("resource").fieldNames();
          it.forEachRemaining(types::add);
        }
      }
    }
    types.removeIf(t -> !(t.startsWith("google_") || t.startsWith("azurerm_")));
    return types;
  }
}
