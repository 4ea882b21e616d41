package dev.tollgate.vcs;

import java.util.List;
import java.util.Objects;

/**
 * What Tollgate needs to know about a pull or merge request. {@code fromFork} is true when the head lives
 * in another repository: its code is then untrusted and the host's token must not be lent to it.
 */
public record PullRequest(
    PullRequestRef ref,
    String title,
    String author,
    List<String> labels,
    Branch base,
    Branch head,
    boolean fromFork,
    State state) {

  /** Where the request stands. */
  public enum State { OPEN, CLOSED, MERGED }

  public PullRequest {
    Objects.requireNonNull(ref, "ref");
    title = title == null ? "" : title;
    author = author == null ? "" : author;
    labels = List.copyOf(labels);
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(state, "state");
  }
}
