package dev.tollgate.server;

import static dev.tollgate.server.Servers.count;
import static dev.tollgate.server.Servers.github;
import static dev.tollgate.server.Servers.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.support.Shared;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /webhooks/github over real HTTP with GitHub's published and recorded payloads. */
class GitHubWebhookTest {

  private static final String PAYLOADS = "reference/vcs/github-webhooks/";
  private static final String OCTOKIT = PAYLOADS + "octokit-webhooks/payload-examples/api.github.com/";

  @TempDir static Path dir;
  private static TollgateServer server;

  @BeforeAll
  static void start() throws Exception {
    server = Servers.start(Servers.config(dir, Optional.empty(), 64 * 1024), new dev.tollgate.jobs.NoPipeline());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void empty() throws Exception {
    Servers.clear(server);
  }

  @Test
  void an_opened_pull_request_with_a_valid_signature_queues_one_job() throws Exception {
    var r = github(server, "pull_request", "d-opened", Shared.bytes(OCTOKIT + "pull_request/opened.payload.json"));
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).contains("\"job\":");
    assertThat(count(server, "SELECT COUNT(*) FROM jobs WHERE repo = 'Codertocat/Hello-World' AND pr_number = 2"
        + " AND kind = 'OPENED' AND head_sha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' AND installation_id = 1")).isEqualTo(1);
  }

  @Test
  void a_bad_signature_is_401_and_stores_nothing() throws Exception {
    byte[] body = Shared.bytes(OCTOKIT + "pull_request/opened.payload.json");
    var r = Servers.send(server, "/webhooks/github", HttpRequest.newBuilder().header("X-GitHub-Event", "pull_request")
        .header("X-GitHub-Delivery", "d-forged").header("X-Hub-Signature-256", Servers.sign("not the secret", body)), body);
    assertThat(r.statusCode()).isEqualTo(401);
    var unsigned = Servers.send(server, "/webhooks/github", HttpRequest.newBuilder().header("X-GitHub-Event", "pull_request")
        .header("X-GitHub-Delivery", "d-unsigned"), body);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isZero();
    assertThat(count(server, "SELECT COUNT(*) FROM deliveries")).isZero();
    assertThat(Servers.get(server, "/metrics").body())
        .containsPattern("tollgate_webhook_deliveries_total\\{host=\"github\",result=\"unauthorized\"} [1-9]");
  }

  @Test
  void a_body_changed_after_signing_is_401() throws Exception {
    byte[] body = Shared.bytes(OCTOKIT + "pull_request/opened.payload.json");
    String signature = Servers.sign(Servers.GITHUB_SECRET, body);
    body[body.length / 2] ^= 1;
    var r = Servers.send(server, "/webhooks/github", HttpRequest.newBuilder().header("X-GitHub-Event", "pull_request")
        .header("X-GitHub-Delivery", "d-tampered").header("X-Hub-Signature-256", signature), body);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isZero();
  }

  @Test
  void a_repeated_delivery_makes_one_job() throws Exception {
    byte[] body = Shared.bytes(OCTOKIT + "pull_request/synchronize.payload.json");
    assertThat(github(server, "pull_request", "d-same", body).statusCode()).isEqualTo(202);
    var again = github(server, "pull_request", "d-same", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"duplicate\":true");
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isEqualTo(1);
    assertThat(count(server, "SELECT COUNT(*) FROM deliveries")).isEqualTo(1);
  }

  @Test
  void an_oversized_body_is_413_whether_declared_or_streamed() throws Exception {
    byte[] big = Shared.bytes(PAYLOADS + "hub4j-github-api/src/test/resources/org/kohsuke/github/GHEventPayloadTest/pull_request_labeled.json");
    byte[] padded = new byte[70 * 1024];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(big, 0, padded, 0, big.length);
    assertThat(github(server, "pull_request", "d-big", padded).statusCode()).isEqualTo(413);
    // No Content-Length: the limit holds while reading.
    var streamed = Servers.HTTP.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/webhooks/github"))
        .header("X-GitHub-Event", "pull_request").header("X-GitHub-Delivery", "d-big-stream")
        .header("X-Hub-Signature-256", Servers.sign(Servers.GITHUB_SECRET, padded))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(streamed.statusCode()).isEqualTo(413);
    assertThat(count(server, "SELECT COUNT(*) FROM deliveries")).isZero();
  }

  @Test
  void malformed_json_with_a_valid_signature_is_400_and_stores_nothing() throws Exception {
    byte[] opened = Shared.bytes(OCTOKIT + "pull_request/opened.payload.json");
    byte[] cut = java.util.Arrays.copyOf(opened, opened.length / 2);
    var r = github(server, "pull_request", "d-cut", cut);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith("body is not valid JSON");
    var notObject = github(server, "pull_request", "d-array", "[1,2]".getBytes());
    assertThat(notObject.statusCode()).isEqualTo(400);
    assertThat(count(server, "SELECT COUNT(*) FROM deliveries")).isZero();
  }

  @Test
  void an_unknown_event_is_acknowledged_with_202_and_ignored() throws Exception {
    var r = github(server, "check_run", "d-check", Shared.bytes(OCTOKIT + "check_run/created.payload.json"));
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).contains("\"ignored\":\"event check_run is not one Tollgate acts on\"");
    var ping = github(server, "ping", "d-ping", Shared.bytes(OCTOKIT + "ping/payload.json"));
    assertThat(ping.statusCode()).isEqualTo(202);
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isZero();
    assertThat(string(server, "SELECT ignored_reason FROM deliveries WHERE delivery_id = 'd-check'"))
        .isEqualTo("event check_run is not one Tollgate acts on");
  }

  @Test
  void actions_that_do_not_change_the_cost_are_ignored() throws Exception {
    assertThat(github(server, "pull_request", "d-label", Shared.bytes(OCTOKIT + "pull_request/labeled.payload.json")).body())
        .contains("pull_request labeled does not change the cost");
    String hub4j = PAYLOADS + "hub4j-github-api/src/test/resources/org/kohsuke/github/GHEventPayloadTest/";
    assertThat(github(server, "pull_request", "d-title", Shared.bytes(hub4j + "pull_request_edited_title.json")).body())
        .contains("edited without a change of base");
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isZero();

    assertThat(github(server, "pull_request", "d-base", Shared.bytes(hub4j + "pull_request_edited_base.json")).statusCode()).isEqualTo(202);
    assertThat(string(server, "SELECT kind FROM jobs WHERE pr_number = 88")).isEqualTo("BASE_CHANGED");
  }

  @Test
  void a_merged_pull_request_and_a_closed_one_are_told_apart() throws Exception {
    github(server, "pull_request", "d-merged", Shared.bytes(PAYLOADS + "reallyfastci/test/data/webhook/webhook-pr-close.json"));
    github(server, "pull_request", "d-closed", Shared.bytes(OCTOKIT + "pull_request/closed.payload.json"));
    assertThat(string(server, "SELECT kind FROM jobs WHERE repo = 'ailisp/gcbapp-buildconfig-example' AND pr_number = 3"))
        .isEqualTo("MERGED");
    assertThat(string(server, "SELECT kind FROM jobs WHERE repo = 'Codertocat/Hello-World'")).isEqualTo("CLOSED");
  }

  @Test
  void a_recalculate_comment_on_a_pull_request_queues_a_job_for_its_author() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode event = (ObjectNode) json.readTree(Shared.bytes(PAYLOADS + "all-contributors-app/test/fixtures/issue_comment.created.json"));
    assertThat(github(server, "issue_comment", "d-other", json.writeValueAsBytes(event)).body())
        .contains("comment is not a Tollgate command");
    ((ObjectNode) event.get("comment")).put("body", "  /tollgate recalculate\r\nplease");
    assertThat(github(server, "issue_comment", "d-cmd", json.writeValueAsBytes(event)).statusCode()).isEqualTo(202);
    assertThat(string(server, "SELECT kind || ' ' || requested_by || ' ' || pr_number || ' ' || installation_id FROM jobs"))
        .isEqualTo("RECALCULATE jakebolam 1 11111");

    String onIssue = PAYLOADS + "hub4j-github-api/src/test/resources/org/kohsuke/github/GHEventPayloadTest/issue_comment.json";
    ObjectNode issueEvent = (ObjectNode) json.readTree(Shared.bytes(onIssue));
    ((ObjectNode) issueEvent.get("comment")).put("body", "/tollgate recalculate");
    assertThat(github(server, "issue_comment", "d-issue", json.writeValueAsBytes(issueEvent)).body())
        .contains("comment on an issue, not a pull request");
  }

  @Test
  void a_delivery_without_its_id_header_is_400() throws Exception {
    byte[] body = Shared.bytes(OCTOKIT + "pull_request/opened.payload.json");
    var r = Servers.send(server, "/webhooks/github", HttpRequest.newBuilder().header("X-GitHub-Event", "pull_request")
        .header("X-Hub-Signature-256", Servers.sign(Servers.GITHUB_SECRET, body)), body);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("header X-GitHub-Delivery is missing or longer than 200 characters");
  }
}
