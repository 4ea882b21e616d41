package dev.tollgate.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GitHub's documented signature test vector, and GitLab's shared token, both failing closed. */
class WebhookSecretsTest {

  // ../shared/reference/vcs/github-webhooks/HEADERS.md section 2 (github/docs, validating-webhook-deliveries.md)
  static final String SECRET = "It's a Secret to Everybody";
  static final byte[] PAYLOAD = "Hello, World!".getBytes(StandardCharsets.UTF_8);
  static final String SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

  @Test
  void githubs_test_vector_signs_and_verifies() {
    assertThat(WebhookSecrets.gitHubSignature(SECRET, PAYLOAD)).isEqualTo(SIGNATURE);
    assertThatCode(() -> WebhookSecrets.verifyGitHub(SECRET, PAYLOAD, SIGNATURE)).doesNotThrowAnyException();
  }

  @Test
  void a_changed_body_a_wrong_secret_or_a_missing_header_is_refused() {
    byte[] changed = "Hello, World?".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WebhookSecrets.verifyGitHub(SECRET, changed, SIGNATURE))
        .isInstanceOf(WebhookException.class).hasMessageContaining("does not match the body");
    assertThatThrownBy(() -> WebhookSecrets.verifyGitHub("another secret", PAYLOAD, SIGNATURE))
        .isInstanceOf(WebhookException.class);
    assertThatThrownBy(() -> WebhookSecrets.verifyGitHub(SECRET, PAYLOAD, null))
        .hasMessage("X-Hub-Signature-256 is missing or does not start with sha256=");
    assertThatThrownBy(() -> WebhookSecrets.verifyGitHub(SECRET, PAYLOAD, SIGNATURE.substring(7)))
        .hasMessage("X-Hub-Signature-256 is missing or does not start with sha256=");
  }

  @Test
  void no_configured_secret_refuses_everything_rather_than_accepting_everything() {
    assertThatThrownBy(() -> WebhookSecrets.verifyGitHub("", PAYLOAD, SIGNATURE)).isInstanceOf(WebhookException.class);
    assertThatThrownBy(() -> WebhookSecrets.verifyGitLab(null, "anything")).isInstanceOf(WebhookException.class);
  }

  @Test
  void gitlab_token_must_match_exactly() {
    assertThatCode(() -> WebhookSecrets.verifyGitLab("s3cr3t-token", "s3cr3t-token")).doesNotThrowAnyException();
    assertThatThrownBy(() -> WebhookSecrets.verifyGitLab("s3cr3t-token", "s3cr3t-tokeN"))
        .hasMessage("X-Gitlab-Token does not match the configured token");
    assertThatThrownBy(() -> WebhookSecrets.verifyGitLab("s3cr3t-token", "s3cr3t"))
        .isInstanceOf(WebhookException.class);
    assertThatThrownBy(() -> WebhookSecrets.verifyGitLab("s3cr3t-token", null)).hasMessage("X-Gitlab-Token is missing");
  }
}
