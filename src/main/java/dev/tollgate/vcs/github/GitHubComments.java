package dev.tollgate.vcs.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.vcs.Comment;
import dev.tollgate.vcs.Operation;
import dev.tollgate.vcs.VcsException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.authorization.AuthorizationProvider;

/**
 * Tollgate's comment on a pull request: found by its marker across every page of issue comments,
 * created, edited, deleted, or minimised as outdated (GraphQL; REST cannot). github-api edits a
 * comment through the object it listed, so the objects seen are remembered by id.
 */
final class GitHubComments {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String MINIMIZE = "mutation($id: ID!) { minimizeComment(input: {subjectId: $id, "
      + "classifier: OUTDATED}) { minimizedComment { isMinimized } } }";

  private final HttpCalls http;
  private final URI graphQl;
  private final AuthorizationProvider auth;
  private final Map<Long, GHIssueComment> seen = new ConcurrentHashMap<>();

  GitHubComments(HttpCalls http, URI graphQl, AuthorizationProvider auth) {
    this.http = http;
    this.graphQl = graphQl;
    this.auth = auth;
  }

  Optional<Comment> find(GHIssue issue, String marker) throws IOException {
    Comment newest = null;
    // GitHub lists issue comments oldest first, so the last match is the newest.
    for (GHIssueComment c : issue.listComments().withPageSize(100).toList()) {
      if (c.getBody() != null && c.getBody().contains(marker)) {
        newest = remember(c);
      }
    }
    return Optional.ofNullable(newest);
  }

  Comment create(GHIssue issue, String body) throws IOException {
    return remember(issue.comment(body));
  }

  Comment update(GHRepository repo, int number, Comment comment, String body) throws IOException {
    GHIssueComment c = lookup(repo, number, comment.id());
    c.update(body);
    return new Comment(comment.id(), c.getUserName(), body);
  }

  Void delete(GHRepository repo, int number, Comment comment) throws IOException {
    lookup(repo, number, comment.id()).delete();
    seen.remove(comment.id());
    return null;
  }

  String nodeId(GHRepository repo, int number, Comment comment) throws IOException {
    return lookup(repo, number, comment.id()).getNodeId();
  }

  void minimize(String repo, String nodeId) throws VcsException {
    ObjectNode request = MAPPER.createObjectNode().put("query", MINIMIZE);
    request.putObject("variables").put("id", nodeId);
    HttpResponse<String> response;
    JsonNode answer;
    try {
      response = http.postJson(graphQl, auth.getEncodedAuthorization(), request.toString());
      if (response.statusCode() != 200) {
        throw GitHubErrors.byStatus(response.statusCode(), GitHubErrors.hostSays(response.body()), repo,
            Operation.HIDE_COMMENT, 1, null);
      }
      answer = MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw GitHubErrors.translate(e, repo, Operation.HIDE_COMMENT, 1);
    }
    JsonNode error = answer.path("errors").path(0);
    if (!error.isMissingNode()) {
      String says = " (GitHub said: " + error.path("message").asText("") + ")";
      String type = error.path("type").asText("");
      int status = type.equals("FORBIDDEN") ? 403 : type.equals("NOT_FOUND") ? 404 : 422;
      throw GitHubErrors.byStatus(status, says, repo, Operation.HIDE_COMMENT, 1, null);
    }
    if (!answer.path("data").path("minimizeComment").path("minimizedComment").path("isMinimized").asBoolean(false)) {
      throw new VcsException.Rejected("GitHub did not minimise the comment on " + repo + " and gave no reason", 200, null);
    }
  }

  private GHIssueComment lookup(GHRepository repo, int number, long id) throws IOException {
    GHIssueComment known = seen.get(id);
    if (known != null) {
      return known;
    }
    for (GHIssueComment c : repo.getIssue(number).listComments().withPageSize(100).toList()) {
      if (c.getId() == id) {
        remember(c);
        return c;
      }
    }
    throw new FileNotFoundException("comment " + id + " is not on pull request " + number);
  }

  private Comment remember(GHIssueComment c) {
    seen.put(c.getId(), c);
    return new Comment(c.getId(), c.getUserName(), c.getBody() == null ? "" : c.getBody());
  }
}
