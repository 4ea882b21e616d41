package dev.tollgate.vcs;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Proves a delivery came from the host before its body is parsed: GitHub signs the body with
 * HMAC-SHA256 ({@code X-Hub-Signature-256: sha256=<hex>}); GitLab echoes a shared token
 * ({@code X-Gitlab-Token}). Both are compared in constant time, and a missing secret fails closed.
 */
public final class WebhookSecrets {

  private static final String PREFIX = "sha256=";

  private WebhookSecrets() {}

  /** The {@code X-Hub-Signature-256} value GitHub sends for {@code body} signed with {@code secret}. */
  public static String gitHubSignature(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  public static void verifyGitHub(String secret, byte[] body, String signatureHeader) throws WebhookException {
    if (secret == null || secret.isEmpty()) {
      throw new WebhookException("no GitHub webhook secret is configured; refusing unsigned deliveries");
    }
    if (signatureHeader == null || !signatureHeader.startsWith(PREFIX)) {
      throw new WebhookException("X-Hub-Signature-256 is missing or does not start with sha256=");
    }
    byte[] expected = gitHubSignature(secret, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signatureHeader.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new WebhookException("X-Hub-Signature-256 does not match the body: wrong secret, or the body was changed");
    }
  }

  public static void verifyGitLab(String expectedToken, String tokenHeader) throws WebhookException {
    if (expectedToken == null || expectedToken.isEmpty()) {
      throw new WebhookException("no GitLab webhook token is configured; refusing unauthenticated deliveries");
    }
    if (tokenHeader == null) {
      throw new WebhookException("X-Gitlab-Token is missing");
    }
    byte[] expected = expectedToken.getBytes(StandardCharsets.UTF_8);
    byte[] given = tokenHeader.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new WebhookException("X-Gitlab-Token does not match the configured token");
    }
  }
}
