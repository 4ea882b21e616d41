package dev.tollgate.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.InputException;
import dev.tollgate.support.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageFileTest {

  @Test
  void the_most_specific_key_wins_for_each_value() throws Exception {
    UsageFile f = UsageFile.read(Shared.infracostTestdata("breakdown_terraform_usage_file_wildcard_module/infracost-usage.yml"));
    String type = "aws_lambda_function";
    // Exact key beats the wildcard for both values.
    Usage baz = f.forResource("module.mod[\"test2\"].aws_lambda_function.test[\"baz\"]", type);
    assertThat(baz.number("monthly_requests")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("700000000"));
    assertThat(baz.number("request_duration_ms")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("750"));
    // One wildcard beats two.
    Usage other = f.forResource("module.mod[\"test2\"].aws_lambda_function.test[\"other\"]", type);
    assertThat(other.number("monthly_requests")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("400000000"));
    // Values merge: the exact key gives the duration, the wildcard the requests.
    Usage mod2 = f.forResource("module.mod2[\"test2\"].aws_lambda_function.test[\"baz\"]", type);
    assertThat(mod2.number("monthly_requests")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900000000"));
    assertThat(mod2.number("request_duration_ms")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("200"));
    // Plain addresses match only themselves.
    assertThat(f.forResource("aws_lambda_function.test", type).number("request_duration_ms"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("550"));
    assertThat(f.forResource("aws_lambda_function.test[0]", type).isEmpty()).isTrue();
  }

  @Test
  void type_defaults_apply_under_resource_keys(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("u.yml");
    Files.writeString(p, """
        version: 0.1
        resource_type_default_usage:
          aws_instance:
            monthly_hrs: 200
            operating_system: windows
        resource_usage:
          aws_instance.web:
            monthly_hrs: 100
        """);
    Usage u = UsageFile.read(p).forResource("aws_instance.web", "aws_instance");
    assertThat(u.number("monthly_hrs")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(u.string("operating_system")).contains("windows");
  }

  @Test
  void a_broken_usage_file_names_its_line(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("bad.yml");
    Files.writeString(p, "version: 0.1\nresource_usage:\n  aws_instance.web:\n    monthly_hrs: [1, 2\n");
    assertThatThrownBy(() -> UsageFile.read(p)).isInstanceOf(InputException.class).hasMessageContaining(p + ":");
    Files.writeString(p, "version: 0.1\nresource_usages: {}\n");
    assertThatThrownBy(() -> UsageFile.read(p)).isInstanceOf(InputException.class)
        .hasMessageContaining("unknown key \"resource_usages\"");
  }
}
