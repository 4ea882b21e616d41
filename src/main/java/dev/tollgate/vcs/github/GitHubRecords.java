package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Branch;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kohsuke.github.GHCommitPointer;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestFileDetail;

/** github-api's objects as Tollgate's records. */
final class GitHubRecords {

  private GitHubRecords() {}

  static PullRequest pullRequest(PullRequestRef ref, GHPullRequest p) throws IOException {
    Branch base = branch(p.getBase());
    Branch head = branch(p.getHead());
    // A deleted fork leaves the head without a repository: still from outside, still untrusted.
    boolean fromFork = head.repo().isEmpty() || !head.repo().equalsIgnoreCase(base.repo());
    List<String> labels = new ArrayList<>();
    for (GHLabel l : p.getLabels()) {
      labels.add(l.getName());
    }
    PullRequest.State state = p.getMergedAt() != null ? PullRequest.State.MERGED
        : p.getState() == GHIssueState.CLOSED ? PullRequest.State.CLOSED : PullRequest.State.OPEN;
    String author = p.getUser() == null ? "" : p.getUser().getLogin();
    return new PullRequest(ref, p.getTitle(), author, labels, base, head, fromFork, state);
  }

  private static Branch branch(GHCommitPointer c) {
    String repo = c.getRepository() == null ? "" : c.getRepository().getFullName();
    return new Branch(c.getRef(), c.getSha(), repo);
  }

  static List<ChangedFile> files(List<GHPullRequestFileDetail> details) {
    List<ChangedFile> out = new ArrayList<>(details.size());
    for (GHPullRequestFileDetail d : details) {
      Optional<String> previous = Optional.ofNullable(d.getPreviousFilename()).filter(s -> !s.isEmpty());
      out.add(new ChangedFile(d.getFilename(), status(d.getStatus()), previous));
    }
    return out;
  }

  static ChangedFile.Status status(String s) {
    switch (s == null ? "" : s.toLowerCase(Locale.ROOT)) {
      case "added":
        return ChangedFile.Status.ADDED;
      case "removed":
        return ChangedFile.Status.REMOVED;
      case "renamed":
        return ChangedFile.Status.RENAMED;
      case "copied":
        return ChangedFile.Status.COPIED;
      case "unchanged":
        return ChangedFile.Status.UNCHANGED;
      default:
        // "modified", and "changed" (mode only): either way the content may differ, so look at it.
        return ChangedFile.Status.MODIFIED;
    }
  }
}
