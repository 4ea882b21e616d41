package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.Fixtures;
import dev.tollgate.support.Run;
import org.junit.jupiter.api.Test;

/** The bundled example end to end through the command line. */
class EstimateCommandTest {

  private static final String EXAMPLE = Fixtures.path("plans/web-app.json").toString();

  @Test
  void the_table_shows_each_change_its_make_up_and_the_totals() {
    Run run = Run.of("estimate", "--path", EXAMPLE);
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(" aws_instance.web[0]                                     update          $79.87       $157.98       +$78.11")
        .contains(" ├─ Instance usage (Linux/UNIX, on-demand, m5.xlarge)    730 hours × $0.214                        $156.22")
        .contains(" aws_ebs_volume.data                                     replace        $315.60        $23.10      -$292.50")
        .contains(" aws_instance.bastion                                    delete          $10.08         $0.00       -$10.08")
        .contains(" Monthly total                                                          $496.42       $686.76      +$190.35")
        .contains(" 8 resources in the plan: 6 priced, 1 free, 1 not supported")
        .contains("   aws_dms_replication_instance.migration: the catalog's sources have no AWS DMS prices");
  }

  @Test
  void markdown_has_a_project_table_and_the_cost_make_up() {
    Run run = Run.of("estimate", "--path", EXAMPLE, "--format", "markdown");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("**Monthly cost change: +$190.35** ($496.42 → $686.76)")
        .contains("| `aws_instance.worker` | create | $0.00 | $336.70 | +$336.70 |")
        .contains("- Instance usage \\(Linux/UNIX, on-demand, c6i.2xlarge\\): 730 hours × \\$0.3648 = \\$266.30");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    Run run = Run.of("estimate", "--path", EXAMPLE, "--fromat", "json");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Unknown options: '--fromat', 'json'");
  }
}
