package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.InputException;
import dev.tollgate.server.ServerConfig;
import dev.tollgate.support.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Where serve's settings come from, and that secrets never show. */
class ServeCommandTest {

  @TempDir Path dir;

  private ServerConfig resolve(Map<String, String> env, String... args) throws InputException {
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs(args);
    cmd.environment = env;
    return ServeLauncher.resolve(cmd, cmd.flags());
  }

  @Test
  void a_flag_beats_the_environment_which_beats_the_config_file() throws Exception {
    Path file = Files.writeString(dir.resolve("serve.yml"), "port: 9001\nworkers: 3\njob-lease: 45s\ndata-dir: /var/lib/tg\n");
    ServerConfig c = resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s3cret-value", "TOLLGATE_PORT", "9002",
        "TOLLGATE_WORKERS", "6"), "--config", file.toString(), "--port", "9003");
    assertThat(c.port()).isEqualTo(9003);
    assertThat(c.workers()).isEqualTo(6);
    assertThat(c.queue().lease()).isEqualTo(Duration.ofSeconds(45));
    assertThat(c.dataDir()).isEqualTo(Path.of("/var/lib/tg"));
    assertThat(c.databaseUrl().jdbc()).isEqualTo("jdbc:sqlite:/var/lib/tg/tollgate.db");
  }

  @Test
  void print_config_masks_every_secret_and_the_database_password() throws Exception {
    Path secret = Files.writeString(dir.resolve("gh-secret"), "hunter2-webhook\n");
    Path password = Files.writeString(dir.resolve("db-password"), "pg-pass-123");
    Run run = Run.of("serve", "--print-config", "--github-webhook-secret-file", secret.toString(),
        "--database-password-file", password.toString(),
        "--database-url", "postgres://tollgate:inline-pass-456@db.internal:5432/tollgate");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("github-webhook-secret = **** (set)", "gitlab-webhook-token = (not set)",
        "database-password = **** (set)",
        "database-url = jdbc:postgresql://db.internal:5432/tollgate?user=tollgate&password=****");
    assertThat(run.out() + run.err()).doesNotContain("hunter2", "pg-pass-123", "inline-pass-456");
  }

  @Test
  void a_secret_written_in_the_config_file_is_refused_with_what_to_do() throws Exception {
    Path file = Files.writeString(dir.resolve("serve.yml"), "github-webhook-secret: do-not-put-me-here\n");
    assertThatThrownBy(() -> resolve(Map.of(), "--config", file.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("github-webhook-secret may not be written in the config file; use github-webhook-secret-file: PATH"
            + " or the environment variable TOLLGATE_GITHUB_WEBHOOK_SECRET")
        .hasMessageNotContaining("do-not-put-me-here");
  }

  @Test
  void bad_settings_are_one_line_errors_naming_where_they_came_from() throws Exception {
    Map<String, String> env = Map.of("TOLLGATE_GITLAB_WEBHOOK_TOKEN", "t", "TOLLGATE_JOB_LEASE", "30 seconds");
    assertThatThrownBy(() -> resolve(env)).hasMessageContaining("'30 seconds' is not a duration like 500ms, 30s, 2m or 1h");
    Run noSecret = Run.of("serve", "--port", "8081");
    assertThat(noSecret.code()).isEqualTo(Main.BAD_INPUT);
    Run badPort = Run.of("serve", "--port", "eighty", "--gitlab-webhook-token-file", Files.writeString(dir.resolve("t"), "x").toString());
    assertThat(badPort.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(badPort.err().strip()).isEqualTo("--port: error: 'eighty' is not a whole number");
  }

  @Test
  void a_database_that_cannot_be_reached_is_a_one_line_error_without_its_password() throws Exception {
    Path token = Files.writeString(dir.resolve("t"), "x");
    Run run = Run.of("serve", "--gitlab-webhook-token-file", token.toString(), "--port", "0",
        "--database-url", "postgres://tollgate:topsecret-pw@127.0.0.1:1/tollgate");
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err().strip()).startsWith("database: error: cannot open the database "
        + "jdbc:postgresql://127.0.0.1:1/tollgate?user=tollgate&password=****: ").doesNotContain("\n");
    assertThat(run.out() + run.err()).doesNotContain("topsecret-pw");
  }

  @Test
  void the_top_level_help_lists_serve_and_serve_has_its_own() {
    assertThat(Run.of("--help").out()).containsPattern("serve +Run the webhook server for a GitHub App and GitLab webhooks");
    Run help = Run.of("serve", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--database-url=URL", "--github-webhook-secret-file=FILE", "TOLLGATE_<OPTION>");
  }
}
