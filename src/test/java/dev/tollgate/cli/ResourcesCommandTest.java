package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResourcesCommandTest {

  @Test
  void the_readme_coverage_table_is_what_the_command_prints() throws Exception {
    Run run = Run.of("resources");
    assertThat(run.code()).isZero();
    String readme = Files.readString(Path.of("README.md"));
    String start = "<!-- coverage:start -->\n";
    String section = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf("<!-- coverage:end -->"));
    assertThat(section).as("regenerate the README section with ./tollgate resources").isEqualTo(run.out());
  }

  @Test
  void the_table_gives_each_type_its_status() {
    String out = Run.of("resources").out();
    assertThat(out).contains("| `aws_instance` | AWS | priced | usage: `operating_system`");
    assertThat(out).contains("| `google_sql_database_instance` | Google Cloud | not supported | the catalog's only GCP source"
        + " (cyclenerd's price list: Compute Engine, Cloud Storage, Cloud Monitoring) has no Cloud SQL prices");
    assertThat(out).contains("| `google_compute_instance` | Google Cloud | priced | usage: `monthly_hrs` |");
    assertThat(out).contains("| `azurerm_kubernetes_cluster_node_pool` | Azure | priced | usage: `nodes`, `monthly_hrs` |");
    assertThat(out).contains("`aws_security_group`");
  }
}
