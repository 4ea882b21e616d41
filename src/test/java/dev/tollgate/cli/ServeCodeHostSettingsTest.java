package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.InputException;
import dev.tollgate.server.ServerConfig;
import dev.tollgate.support.Run;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** serve's code-host settings: where they come from, that secrets never show, and the pipeline they make the default. */
class ServeCodeHostSettingsTest {

  @TempDir Path dir;

  private ServerConfig resolve(Map<String, String> env, String... args) throws InputException {
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs(args);
    cmd.environment = env;
    return ServeLauncher.resolve(cmd, cmd.flags());
  }

  static String pem() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
        .encodeToString(g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void a_configured_code_host_makes_estimate_the_default_pipeline_and_none_stays_without_one() throws Exception {
    Map<String, String> secretOnly = Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s");
    assertThat(resolve(secretOnly).pipeline()).isEqualTo(ServerConfig.Pipeline.NONE);
    ServerConfig token = resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s", "TOLLGATE_GITHUB_TOKEN", "ghp_x"),
        "--github-api-url", "ghe.example.com");
    assertThat(token.pipeline()).isEqualTo(ServerConfig.Pipeline.ESTIMATE);
    assertThat(token.codeHosts().githubApiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
    ServerConfig gitlab = resolve(Map.of("TOLLGATE_GITLAB_WEBHOOK_TOKEN", "t", "TOLLGATE_GITLAB_TOKEN", "glpat-x",
        "TOLLGATE_GITLAB_URL", "https://gitlab.example.com/api/v4"));
    assertThat(gitlab.codeHosts().gitLab()).isTrue();
    assertThat(gitlab.codeHosts().gitlabUrl()).isEqualTo(URI.create("https://gitlab.example.com"));
    assertThat(resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s", "TOLLGATE_GITHUB_TOKEN", "ghp_x"), "--pipeline", "none").pipeline())
        .isEqualTo(ServerConfig.Pipeline.NONE);
  }

  @Test
  void the_estimate_pipeline_without_a_code_host_and_an_app_without_a_key_are_one_line_errors() throws Exception {
    assertThatThrownBy(() -> resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s"), "--pipeline", "estimate"))
        .hasMessage("serve: error: pipeline estimate needs a code host: a GitHub App (github-app-id and"
            + " TOLLGATE_GITHUB_APP_PRIVATE_KEY), TOLLGATE_GITHUB_TOKEN, or TOLLGATE_GITLAB_TOKEN");
    assertThatThrownBy(() -> resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s"), "--github-app-id", "12345"))
        .hasMessageContaining("a GitHub App needs both github-app-id and its private key");
    Path bad = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAAsecretAAAA\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(() -> resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s"), "--github-app-id", "12345",
        "--github-app-private-key-file", bad.toString()))
        .hasMessageStartingWith("github-app-private-key: error: the GitHub App private key cannot be used: ")
        .hasMessageNotContaining("AAAAsecretAAAA")
        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
  }

  @Test
  void print_config_shows_the_code_hosts_with_every_secret_masked() throws Exception {
    String key = pem();
    Path keyFile = Files.writeString(dir.resolve("app.pem"), key);
    Path gitlabToken = Files.writeString(dir.resolve("gitlab-token"), "glpat-very-secret\n");
    ServerConfig c = resolve(Map.of("TOLLGATE_GITHUB_WEBHOOK_SECRET", "s", "TOLLGATE_GITHUB_TOKEN", "ghp_very_secret"),
        "--github-app-id", "12345", "--github-app-private-key-file", keyFile.toString(), "--gitlab-token-file", gitlabToken.toString());
    String printed = String.join("\n", c.describe()) + c;
    assertThat(c.describe()).contains("pipeline = estimate", "github-app-id = 12345", "github-app-private-key = **** (set)",
        "github-token = **** (set)", "github-api-url = https://api.github.com", "gitlab-url = https://gitlab.com",
        "gitlab-token = **** (set)");
    assertThat(printed).doesNotContain("ghp_very_secret", "glpat-very-secret", key.substring(40, 80));
  }

  @Test
  void a_code_host_secret_written_in_the_config_file_is_refused() throws Exception {
    Path file = Files.writeString(dir.resolve("serve.yml"), "github-token: ghp_do_not_put_me_here\n");
    assertThatThrownBy(() -> resolve(Map.of(), "--config", file.toString()))
        .hasMessageContaining("github-token may not be written in the config file; use github-token-file: PATH"
            + " or the environment variable TOLLGATE_GITHUB_TOKEN")
        .hasMessageNotContaining("ghp_do_not_put_me_here");
  }

  @Test
  void the_top_level_help_lists_ci_and_ci_has_its_own() {
    assertThat(Run.of("--help").out()).containsPattern("ci +Estimate this CI job's pull request");
    Run help = Run.of("ci", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--dry-run", "--behavior=BEHAVIOR", "GITHUB_TOKEN");
  }
}
