package dev.tollgate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.jobs.Host;
import dev.tollgate.jobs.Job;
import dev.tollgate.jobs.JobHandler;
import dev.tollgate.jobs.JobOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A test and diagnostic mode ({@code --pipeline diagnostic-comment}), not an estimate: for each job
 * it writes one comment on the pull request through a GitHub-compatible REST API, saying the delivery
 * arrived and that nothing was estimated. It behaves as the real pipeline must on a re-run: it looks
 * for its own comment by a hidden marker and updates it, and posts only when there is none, so a job
 * run twice (its worker died between posting and recording) still leaves one comment.
 */
final class DiagnosticComments implements JobHandler {

  static final String MARKER = "<!-- tollgate:diagnostic -->";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI api;
  private final Optional<Secret> token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  DiagnosticComments(URI api, Optional<Secret> token) {
    this.api = URI.create(api.toString().replaceAll("/+$", "") + "/");
    this.token = token;
  }

  @Override
  public JobOutcome handle(Job job) throws IOException, InterruptedException {
    if (job.host() != Host.GITHUB) {
      return new JobOutcome.Finished("diagnostic mode comments through a GitHub-compatible API only");
    }
    String issue = "repos/" + job.request().repo() + "/issues/";
    String body = MARKER + "\nTollgate (diagnostic mode) received delivery `" + job.deliveryId().replace("`", "")
        + "` for this pull request (job " + job.id() + ", attempt " + job.attempt() + "). No cost was estimated.";
    HttpResponse<String> list = send(request(issue + job.request().number() + "/comments?per_page=100").GET());
    if (list.statusCode() != 200) {
      return failure("listing comments", list);
    }
    Optional<Long> existing = Optional.empty();
    for (JsonNode c : JSON.readTree(list.body())) {
      if (c.path("body").asText("").startsWith(MARKER)) {
        existing = Optional.of(c.path("id").asLong());
      }
    }
    String json = JSON.writeValueAsString(Map.of("body", body));
    HttpResponse<String> write = existing.isPresent()
        ? send(request(issue + "comments/" + existing.get()).method("PATCH", HttpRequest.BodyPublishers.ofString(json)))
        : send(request(issue + job.request().number() + "/comments").POST(HttpRequest.BodyPublishers.ofString(json)));
    if (write.statusCode() / 100 != 2) {
      return failure(existing.isPresent() ? "updating the comment" : "posting the comment", write);
    }
    return new JobOutcome.Finished("diagnostic comment " + (existing.isPresent() ? "updated" : "posted") + "; nothing estimated");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(20))
        .header("Accept", "application/vnd.github+json").header("Content-Type", "application/json");
    token.ifPresent(t -> b.header("Authorization", "Bearer " + new String(t.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JobOutcome failure(String what, HttpResponse<String> r) {
    String reason = what + ": the API answered " + r.statusCode();
    return r.statusCode() >= 500 || r.statusCode() == 429 ? new JobOutcome.Retry(reason) : new JobOutcome.Failed(reason);
  }
}
