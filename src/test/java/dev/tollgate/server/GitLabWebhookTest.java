package dev.tollgate.server;

import static dev.tollgate.server.Servers.count;
import static dev.tollgate.server.Servers.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.support.Shared;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /webhooks/gitlab over real HTTP with GitLab's documented and recorded payloads. */
class GitLabWebhookTest {

  private static final String HOOKS = "reference/vcs/gitlab-webhooks/";
  private static final String ATLANTIS = HOOKS + "atlantis/server/events/testdata/";

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

  private static HttpResponse<String> gitlab(String event, String token, String key, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder().header("X-Gitlab-Event", event).header("Content-Type", "application/json");
    if (token != null) {
      b.header("X-Gitlab-Token", token);
    }
    if (key != null) {
      b.header("Idempotency-Key", key).header("X-Gitlab-Event-UUID", "event-" + key);
    }
    return Servers.send(server, "/webhooks/gitlab", b, body);
  }

  @Test
  void an_opened_merge_request_with_the_right_token_queues_one_job() throws Exception {
    var r = gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, "f5e5f430-f57b-4e6e-9fac-d9128cd7232f",
        Shared.bytes(HOOKS + "gitlab-docs/merge-request-hook-open.json"));
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(string(server, "SELECT host || ' ' || repo || ' ' || repo_id || ' ' || pr_number || ' ' || kind || ' ' || head_sha"
        + " || ' ' || delivery_id FROM jobs"))
        .isEqualTo("gitlab gitlabhq/gitlab-test 1 1 OPENED da1560886d4f094c3e6c9ef40349f7d38b5d27d7 f5e5f430-f57b-4e6e-9fac-d9128cd7232f");
  }

  @Test
  void a_wrong_or_missing_token_is_401_and_stores_nothing() throws Exception {
    byte[] body = Shared.bytes(HOOKS + "gitlab-docs/merge-request-hook-open.json");
    assertThat(gitlab("Merge Request Hook", "test gitlab tokeN", "k-1", body).statusCode()).isEqualTo(401);
    assertThat(gitlab("Merge Request Hook", null, "k-2", body).statusCode()).isEqualTo(401);
    assertThat(count(server, "SELECT COUNT(*) FROM deliveries")).isZero();
  }

  @Test
  void a_retried_delivery_with_the_same_idempotency_key_makes_one_job() throws Exception {
    byte[] body = Shared.bytes(ATLANTIS + "gitlab-merge-request-event-update-new-commit.json");
    assertThat(gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, "k-retry", body).statusCode()).isEqualTo(202);
    assertThat(gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, "k-retry", body).statusCode()).isEqualTo(200);
    assertThat(count(server, "SELECT COUNT(*) FROM jobs WHERE kind = 'PUSHED'")).isEqualTo(1);
  }

  @Test
  void without_idempotency_headers_the_same_body_is_one_delivery() throws Exception {
    byte[] body = Shared.bytes(HOOKS + "gitlab-docs/merge-request-hook-open.json");
    assertThat(gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, null, body).statusCode()).isEqualTo(202);
    assertThat(gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, null, body).statusCode()).isEqualTo(200);
    assertThat(string(server, "SELECT delivery_id FROM deliveries")).startsWith("sha256:").hasSize(7 + 64);
  }

  @Test
  void an_update_without_new_commits_is_ignored() throws Exception {
    var r = gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, "k-title", Shared.bytes(ATLANTIS + "gitlab-merge-request-event-update-title.json"));
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).contains("merge request update without new commits or a new target branch");
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isZero();
  }

  @Test
  void a_recalculate_note_on_a_merge_request_queues_a_job_for_its_author() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode note = (ObjectNode) json.readTree(Shared.bytes(HOOKS + "gitlab-docs/note-hook-merge-request.json"));
    assertThat(gitlab("Note Hook", Servers.GITLAB_TOKEN, "k-note", json.writeValueAsBytes(note)).body())
        .contains("comment is not a Tollgate command");
    ((ObjectNode) note.get("object_attributes")).put("note", "/tollgate recalculate");
    assertThat(gitlab("Note Hook", Servers.GITLAB_TOKEN, "k-cmd", json.writeValueAsBytes(note)).statusCode()).isEqualTo(202);
    assertThat(string(server, "SELECT kind || ' ' || requested_by || ' ' || pr_number || ' ' || head_sha FROM jobs"))
        .isEqualTo("RECALCULATE root 1 562e173be03b8ff2efb05345d12df18815438a4b");
  }

  @Test
  void an_unknown_event_is_202_and_ignored_and_malformed_json_is_400() throws Exception {
    var push = gitlab("Push Hook", Servers.GITLAB_TOKEN, "k-push", Shared.bytes(HOOKS + "gitlab-docs/push-hook.json"));
    assertThat(push.statusCode()).isEqualTo(202);
    assertThat(push.body()).contains("event Push Hook is not one Tollgate acts on");
    assertThat(gitlab("Merge Request Hook", Servers.GITLAB_TOKEN, "k-bad", "{\"object_kind\": ".getBytes()).statusCode())
        .isEqualTo(400);
    assertThat(count(server, "SELECT COUNT(*) FROM jobs")).isZero();
    assertThat(count(server, "SELECT COUNT(*) FROM deliveries")).isEqualTo(1);
  }
}
