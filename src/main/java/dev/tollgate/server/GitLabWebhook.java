package dev.tollgate.server;

import dev.tollgate.jobs.Delivery;
import dev.tollgate.jobs.Host;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code POST /webhooks/gitlab}: the {@code X-Gitlab-Token} compared with the configured secret in
 * constant time before the body is read, then the delivery stored under its idempotency key:
 * {@code Idempotency-Key} (GitLab 17.4+, the same on every retry), else {@code X-Gitlab-Event-UUID}
 * (14.8+), else the SHA-256 of the body (older GitLab resends the same bytes).
 */
final class GitLabWebhook {

  private final Optional<Secret> token;
  private final long maxBody;
  private final DeliveryIntake intake;
  private final Clock clock;

  GitLabWebhook(Optional<Secret> token, long maxBody, DeliveryIntake intake, Clock clock) {
    this.token = token;
    this.maxBody = maxBody;
    this.intake = intake;
    this.clock = clock;
  }

  void handle(Context ctx) {
    ctx.attribute(TollgateServer.HOST_ATTRIBUTE, Host.GITLAB.id());
    Secret key = token.orElseThrow(() -> new Rejected.NotConfigured("GitLab"));
    if (!key.matches(ctx.header("X-Gitlab-Token"))) {
      throw new Rejected.Unauthorized("X-Gitlab-Token is missing or wrong");
    }
    byte[] body = Bodies.read(ctx, maxBody);
    String event = GitHubWebhook.required(ctx, "X-Gitlab-Event");
    Parsed parsed = GitLabEvents.parse(event, body);
    intake.accept(ctx, new Delivery(Host.GITLAB, deliveryId(ctx, body), event, clock.instant()), parsed);
  }

  private static String deliveryId(Context ctx, byte[] body) {
    for (String header : new String[] {"Idempotency-Key", "X-Gitlab-Event-UUID"}) {
      String v = ctx.header(header);
      if (v != null && !v.isBlank() && v.length() <= 200) {
        return v;
      }
    }
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
