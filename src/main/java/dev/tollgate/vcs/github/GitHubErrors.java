package dev.tollgate.vcs.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.vcs.Operation;
import dev.tollgate.vcs.VcsException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.github.GHIOException;
import org.kohsuke.github.HttpException;

/**
 * Turns what github-api throws into {@link VcsException}s that say, in one line, which repository,
 * what Tollgate was doing and what the token needs, with GitHub's own words where it gave any.
 */
final class GitHubErrors {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GitHubErrors() {}

  static VcsException translate(IOException e, String repo, Operation op, int attempts) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitNotWaited limit) {
        return new VcsException.RateLimited("GitHub rate-limited " + repo + " while Tollgate tried to " + op.doing()
            + ": " + limit.getMessage(), limit.status, e);
      }
      if (t instanceof InstallationTokens.ExchangeFailed failed) {
        return new VcsException.Unauthorized(failed.getMessage()
            + "; check the app id, the private key, and that the app is installed on " + repo, e);
      }
    }
    if (e instanceof FileNotFoundException) {
      return notFound(repo, op, e, hostSays(afterUrl(e.getMessage())));
    }
    if (e instanceof HttpException http && http.getResponseCode() > 0) {
      return byStatus(http.getResponseCode(), hostSays(http.getMessage()), repo, op, attempts, e);
    }
    if (e instanceof GHIOException && String.valueOf(e.getMessage()).startsWith("Ran out of retries")) {
      return new VcsException.RateLimited("GitHub kept rate-limiting " + repo + " while Tollgate tried to "
          + op.doing() + "; try again later", 429, e);
    }
    return new VcsException.Unavailable("could not reach GitHub for " + repo + " while trying to " + op.doing()
        + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), -1, e);
  }

  static VcsException byStatus(int status, String says, String repo, Operation op, int attempts, Exception e) {
    String head = "GitHub answered " + status + " for " + repo;
    if (status == 401) {
      return new VcsException.Unauthorized(head + ": the token was not accepted (expired, revoked or mistyped); it needs "
          + op.gitHubPermission() + " to " + op.doing() + says, e);
    }
    if (status == 403) {
      return new VcsException.Forbidden(head + ": the token needs " + op.gitHubPermission() + " to " + op.doing() + says, e);
    }
    if (status == 404) {
      return notFound(repo, op, e, says);
    }
    if (status == 429) {
      return new VcsException.RateLimited(head + " while Tollgate tried to " + op.doing() + ": rate limited" + says, status, e);
    }
    if (status >= 500) {
      return new VcsException.Unavailable(head + " while Tollgate tried to " + op.doing()
          + (attempts > 1 ? ", after " + attempts + " tries" : "") + "; GitHub is having trouble, try again later" + says, status, e);
    }
    return new VcsException.Rejected("GitHub refused to let Tollgate " + op.doing() + " on " + repo + " (" + status + ")" + says, status, e);
  }

  private static VcsException notFound(String repo, Operation op, Exception e, String says) {
    return new VcsException.NotFound("GitHub answered 404 for " + repo + " while Tollgate tried to " + op.doing()
        + ": it does not exist, or the token cannot see it (the token needs " + op.gitHubPermission() + ")" + says, e);
  }

  /** {@code " (GitHub said: ...)"} from an error body's message and errors, or empty. */
  static String hostSays(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode n = MAPPER.readTree(body);
      List<String> parts = new ArrayList<>();
      if (n.path("message").isTextual()) {
        parts.add(n.path("message").textValue());
      }
      for (JsonNode err : n.path("errors")) {
        String m = err.path("message").asText("");
        if (!m.isEmpty() && !parts.contains(m)) {
          parts.add(m);
        }
      }
      return parts.isEmpty() ? "" : " (GitHub said: " + String.join("; ", parts) + ")";
    } catch (IOException notJson) {
      return "";
    }
  }

  private static String afterUrl(String message) {
    if (message == null) {
      return "";
    }
    int brace = message.indexOf('{');
    return brace < 0 ? "" : message.substring(brace);
  }
}
