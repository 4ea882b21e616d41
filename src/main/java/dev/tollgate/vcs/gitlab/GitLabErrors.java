package dev.tollgate.vcs.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.vcs.Operation;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import org.gitlab4j.api.GitLabApiException;

/**
 * Turns gitlab4j's exceptions into {@link VcsException}s naming the project, what Tollgate was doing,
 * and the scope and role the token needs.
 */
final class GitLabErrors {

  private static final int MAX_SAID = 300;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GitLabErrors() {}

  /** GitLab's message, on one line and short: an HTML error page must not flood a log line. */
  static String oneLine(String s) {
    if (s.startsWith("{")) {
      // gitlab4j keeps the raw body when the answer was not labelled as JSON
      try {
        JsonNode n = MAPPER.readTree(s);
        String m = n.path("message").isTextual() ? n.path("message").textValue() : n.path("error").asText("");
        if (!m.isEmpty()) {
          s = m;
        }
      } catch (IOException notJson) {
        // keep it as it came
      }
    }
    String flat = s.replaceAll("\\s+", " ").trim();
    return flat.length() <= MAX_SAID ? flat : flat.substring(0, MAX_SAID - 1) + "…";
  }

  static VcsException translate(Exception e, String project, Operation op, GitLabAuth auth) {
    GitLabApiException api = e instanceof GitLabApiException g ? g : null;
    int status = api == null ? -1 : api.getHttpStatus();
    String says = api == null || api.getMessage() == null || api.getMessage().isBlank() ? ""
        : " (GitLab said: " + oneLine(api.getMessage()) + ")";
    String head = "GitLab answered " + status + " for " + project;
    String needs = "the " + auth.describe() + " needs " + op.gitLabNeeds() + " to " + op.doing();
    if (status == 401) {
      return new VcsException.Unauthorized(head + ": the " + auth.describe()
          + " was not accepted (expired, revoked or mistyped); it needs " + op.gitLabNeeds() + " to " + op.doing() + says, e);
    }
    if (status == 403) {
      return new VcsException.Forbidden(head + ": " + needs + says, e);
    }
    if (status == 404) {
      return new VcsException.NotFound(head + " while Tollgate tried to " + op.doing()
          + ": it does not exist, or the token cannot see it (" + needs + ")" + says, e);
    }
    if (status == 429) {
      return new VcsException.RateLimited(head + " while Tollgate tried to " + op.doing()
          + ": rate limited, and the limit did not clear within the wait Tollgate allows" + says, status, e);
    }
    if (status >= 500) {
      return new VcsException.Unavailable(head + " while Tollgate tried to " + op.doing()
          + "; GitLab is having trouble, try again later" + says, status, e);
    }
    if (status > 0) {
      return new VcsException.Rejected("GitLab refused to let Tollgate " + op.doing() + " on " + project
          + " (" + status + ")" + says, status, e);
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return new VcsException.Unavailable("could not reach GitLab for " + project + " while trying to " + op.doing()
        + ": " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()), -1, e);
  }
}
