package dev.tollgate.server;

import dev.tollgate.jobs.Delivery;
import dev.tollgate.jobs.Host;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code POST /webhooks/github}: a bounded read, the signature checked over the exact bytes before
 * anything is parsed, then the delivery stored under its {@code X-GitHub-Delivery} id.
 */
final class GitHubWebhook {

  private final Optional<Secret> secret;
  private final long maxBody;
  private final DeliveryIntake intake;
  private final Clock clock;

  GitHubWebhook(Optional<Secret> secret, long maxBody, DeliveryIntake intake, Clock clock) {
    this.secret = secret;
    this.maxBody = maxBody;
    this.intake = intake;
    this.clock = clock;
  }

  void handle(Context ctx) {
    ctx.attribute(TollgateServer.HOST_ATTRIBUTE, Host.GITHUB.id());
    Secret key = secret.orElseThrow(() -> new Rejected.NotConfigured("GitHub"));
    byte[] body = Bodies.read(ctx, maxBody);
    if (!Signatures.githubValid(key, ctx.header("X-Hub-Signature-256"), body)) {
      throw new Rejected.Unauthorized("X-Hub-Signature-256 is missing or does not match the body");
    }
    String id = required(ctx, "X-GitHub-Delivery");
    String event = required(ctx, "X-GitHub-Event");
    Parsed parsed = GitHubEvents.parse(event, body);
    intake.accept(ctx, new Delivery(Host.GITHUB, id, event, clock.instant()), parsed);
  }

  static String required(Context ctx, String header) {
    String v = ctx.header(header);
    if (v == null || v.isBlank() || v.length() > 200) {
      throw new Rejected.Malformed("header " + header + " is missing or longer than 200 characters");
    }
    return v;
  }
}
