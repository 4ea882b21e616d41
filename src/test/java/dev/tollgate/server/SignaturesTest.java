package dev.tollgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTest {

  // The test vector of GitHub's "Validating webhook deliveries" page (../shared/reference/vcs/github-webhooks/HEADERS.md).
  private static final Secret SECRET = Secret.of("It's a Secret to Everybody");
  private static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);

  @Test
  void githubs_documented_signature_verifies() {
    assertThat(Signatures.githubValid(SECRET,
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", BODY)).isTrue();
  }

  @Test
  void a_signature_off_by_one_digit_or_in_the_wrong_form_does_not() {
    assertThat(Signatures.githubValid(SECRET,
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e18", BODY)).isFalse();
    assertThat(Signatures.githubValid(SECRET,
        "sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", BODY)).isFalse();
    assertThat(Signatures.githubValid(SECRET, "sha256=zz", BODY)).isFalse();
    assertThat(Signatures.githubValid(SECRET, null, BODY)).isFalse();
  }

  @Test
  void a_secret_never_prints_itself() {
    assertThat(SECRET.toString()).isEqualTo("****");
    assertThat(SECRET.matches("It's a Secret to Everybody")).isTrue();
    assertThat(SECRET.matches("It's a Secret to Everybody ")).isFalse();
    assertThat(SECRET.matches(null)).isFalse();
  }
}
