package dev.tollgate.vcs.gitlab;

import dev.tollgate.vcs.Archives;
import dev.tollgate.vcs.Branch;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Comment;
import dev.tollgate.vcs.Operation;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.Snapshot;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.models.AccessLevel;
import org.gitlab4j.api.models.CommitStatus;
import org.gitlab4j.api.models.Member;
import org.gitlab4j.api.models.User;
import org.gitlab4j.api.models.Diff;
import org.gitlab4j.api.models.MergeRequest;
import org.gitlab4j.api.models.Note;
import org.gitlab4j.api.models.RepositoryFile;
import org.gitlab4j.models.Constants;

/**
 * {@link CodeHost} for GitLab.com and self-managed GitLab, on gitlab4j-api. Merge requests are
 * addressed by project path (or id) and iid; the one Tollgate note is found by its marker across all
 * pages of notes. Safe to share between threads.
 */
public final class GitLabHost implements CodeHost {

  /** GitLab's limit for a note, in characters. */
  public static final int MAX_NOTE_CHARS = 1_000_000;
  static final int MAX_STATUS_DESCRIPTION = 255;
  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,64}");

  private final GitLabConfig config;
  private final GitLabApi api;
  private final GitLabCalls calls;

  private GitLabHost(GitLabConfig config, GitLabApi api) {
    this.config = config;
    this.api = api;
    this.calls = new GitLabCalls(config.waits(), config.auth());
  }

  /** Builds the client; makes no request until the first call. */
  public static GitLabHost connect(GitLabConfig config) {
    GitLabApi api = new GitLabApi(config.serverUrl().toString(), Constants.TokenType.PRIVATE, config.auth().token());
    api.setRequestTimeout(20_000, 300_000);
    return new GitLabHost(config, api);
  }

  @Override
  public String name() {
    return "GitLab";
  }

  @Override
  public PullRequest pullRequest(PullRequestRef ref) throws VcsException {
    String project = ref.repo().path();
    MergeRequest mr = calls.call(project, Operation.READ_PULL_REQUEST, true,
        () -> api.getMergeRequestApi().getMergeRequest(project, ref.number()));
    boolean fromFork = !Objects.equals(mr.getSourceProjectId(), mr.getTargetProjectId());
    String baseSha = mr.getDiffRefs() == null || mr.getDiffRefs().getBaseSha() == null ? "" : mr.getDiffRefs().getBaseSha();
    String headSha = mr.getSha() != null ? mr.getSha() : mr.getDiffRefs() == null ? "" : mr.getDiffRefs().getHeadSha();
    PullRequest.State state = "merged".equals(mr.getState()) ? PullRequest.State.MERGED
        : "opened".equals(mr.getState()) ? PullRequest.State.OPEN : PullRequest.State.CLOSED;
    return new PullRequest(ref, mr.getTitle(), mr.getAuthor() == null ? "" : mr.getAuthor().getUsername(),
        mr.getLabels() == null ? List.of() : mr.getLabels(),
        new Branch(mr.getTargetBranch(), baseSha, project),
        new Branch(mr.getSourceBranch(), headSha == null ? "" : headSha, fromFork ? "" : project),
        fromFork, state);
  }

  @Override
  public List<ChangedFile> changedFiles(PullRequestRef ref) throws VcsException {
    String project = ref.repo().path();
    List<Diff> diffs;
    try {
      diffs = calls.call(project, Operation.LIST_FILES, true,
          () -> api.getMergeRequestApi().getDiffs(project, ref.number(), 100).all());
    } catch (VcsException.NotFound olderGitLab) {
      // The paginated /diffs endpoint arrived in GitLab 15.7; older servers only have /changes.
      diffs = calls.call(project, Operation.LIST_FILES, true,
          () -> api.getMergeRequestApi().getMergeRequestChanges(project, ref.number()).getChanges());
    }
    List<ChangedFile> out = new ArrayList<>();
    for (Diff d : diffs) {
      out.add(file(d));
    }
    return out;
  }

  static ChangedFile file(Diff d) {
    if (Boolean.TRUE.equals(d.getNewFile())) {
      return new ChangedFile(d.getNewPath(), ChangedFile.Status.ADDED, Optional.empty());
    }
    if (Boolean.TRUE.equals(d.getDeletedFile())) {
      return new ChangedFile(d.getOldPath(), ChangedFile.Status.REMOVED, Optional.empty());
    }
    if (Boolean.TRUE.equals(d.getRenamedFile())) {
      return new ChangedFile(d.getNewPath(), ChangedFile.Status.RENAMED, Optional.ofNullable(d.getOldPath()));
    }
    return new ChangedFile(d.getNewPath(), ChangedFile.Status.MODIFIED, Optional.empty());
  }

  @Override
  public Optional<byte[]> file(RepoRef repo, String path, String sha) throws VcsException {
    checkPath(path);
    checkSha(sha);
    RepositoryFile f;
    try {
      f = calls.call(repo.path(), Operation.READ_FILE, true, () -> api.getRepositoryFileApi().getFile(repo.path(), path, sha));
    } catch (VcsException.NotFound missing) {
      return Optional.empty();
    }
    long max = config.limits().maxFileBytes();
    if (f.getSize() != null && f.getSize() > max) {
      throw new VcsException.TooLarge(repo + ": " + path + " at " + sha + " is " + f.getSize() + " bytes; Tollgate reads files up to " + max);
    }
    byte[] bytes;
    try {
      bytes = f.getDecodedContentAsBytes();
    } catch (IllegalArgumentException e) {
      throw new VcsException.Rejected("GitLab sent " + path + " at " + sha + " in " + repo
          + " as content that is not valid base64", 200, e);
    }
    if (bytes == null) {
      bytes = new byte[0];
    }
    if (bytes.length > max) {
      throw new VcsException.TooLarge(repo + ": " + path + " at " + sha + " is over " + max + " bytes");
    }
    return Optional.of(bytes);
  }

  @Override
  public Snapshot archive(RepoRef repo, String sha, Path target) throws VcsException {
    checkSha(sha);
    Path zip = null;
    try {
      zip = Files.createTempFile("tollgate-", ".zip");
      Path file = zip;
      InputStream in = calls.call(repo.path(), Operation.DOWNLOAD_ARCHIVE, true,
          () -> api.getRepositoryApi().getRepositoryArchive(repo.path(), sha, Constants.ArchiveFormat.ZIP));
      Archives.download(in, file, config.limits().maxArchiveBytes(), "the archive of " + repo + " at " + sha);
      return Archives.unzip(zip, target, config.limits(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not download or unpack the archive of " + repo + " into " + target, e);
    } finally {
      if (zip != null) {
        zip.toFile().delete();
      }
    }
  }

  @Override
  public Optional<Comment> findComment(PullRequestRef pr, String marker) throws VcsException {
    String project = pr.repo().path();
    List<Note> notes = calls.call(project, Operation.LIST_COMMENTS, true, () -> api.getNotesApi()
        .getMergeRequestNotes(project, pr.number(), Constants.SortOrder.ASC, Note.OrderBy.CREATED_AT, 100).all());
    Comment newest = null;
    for (Note n : notes) {
      if (!Boolean.TRUE.equals(n.getSystem()) && n.getBody() != null && n.getBody().contains(marker)) {
        newest = comment(n);
      }
    }
    return Optional.ofNullable(newest);
  }

  @Override
  public Comment createComment(PullRequestRef pr, String body) throws VcsException {
    checkLength(pr, body);
    String project = pr.repo().path();
    return comment(calls.call(project, Operation.WRITE_COMMENT, false,
        () -> api.getNotesApi().createMergeRequestNote(project, pr.number(), body, null, null)));
  }

  @Override
  public Comment updateComment(PullRequestRef pr, Comment comment, String body) throws VcsException {
    checkLength(pr, body);
    String project = pr.repo().path();
    return comment(calls.call(project, Operation.WRITE_COMMENT, true,
        () -> api.getNotesApi().updateMergeRequestNote(project, pr.number(), comment.id(), body)));
  }

  @Override
  public void deleteComment(PullRequestRef pr, Comment comment) throws VcsException {
    String project = pr.repo().path();
    calls.call(project, Operation.DELETE_COMMENT, true, () -> {
      api.getNotesApi().deleteMergeRequestNote(project, pr.number(), comment.id());
      return null;
    });
  }

  /** GitLab cannot minimise a note; folding it into a closed details block is the nearest thing. */
  @Override
  public void hideComment(PullRequestRef pr, Comment comment) throws VcsException {
    if (comment.body().startsWith("<details><summary>Outdated")) {
      return;
    }
    String folded = "<details><summary>Outdated: a newer Tollgate comment replaces this one</summary>\n\n"
        + comment.body() + "\n\n</details>";
    String project = pr.repo().path();
    calls.call(project, Operation.HIDE_COMMENT, true,
        () -> api.getNotesApi().updateMergeRequestNote(project, pr.number(), comment.id(), folded));
  }

  @Override
  public boolean canWrite(RepoRef repo, String user) throws VcsException {
    if (user == null || user.isBlank() || user.length() > 255 || user.contains("/")) {
      return false;
    }
    String project = repo.path();
    try {
      User u = calls.call(project, Operation.READ_PERMISSION, true, () -> api.getUserApi().getUser(user));
      if (u == null || u.getId() == null) {
        return false;
      }
      Member m = calls.call(project, Operation.READ_PERMISSION, true, () -> api.getProjectApi().getMember(project, u.getId(), true));
      return m != null && m.getAccessLevel() != null && m.getAccessLevel().value != null
          && m.getAccessLevel().value >= AccessLevel.DEVELOPER.value;
    } catch (VcsException.NotFound notAMember) {
      return false;
    }
  }

  @Override
  public void setCheck(RepoRef repo, String sha, CheckReport report) throws VcsException {
    checkSha(sha);
    CommitStatus status = new CommitStatus();
    status.setName(report.name());
    status.setDescription(report.title().length() <= MAX_STATUS_DESCRIPTION ? report.title()
        : report.title().substring(0, MAX_STATUS_DESCRIPTION - 1) + "…");
    if (!report.detailsUrl().isEmpty()) {
      status.setTargetUrl(report.detailsUrl());
    }
    calls.call(repo.path(), Operation.SET_STATUS, true,
        () -> api.getCommitsApi().addCommitStatus(repo.path(), sha, state(report.conclusion()), status));
  }

  private static Constants.CommitBuildState state(CheckReport.Conclusion c) {
    switch (c) {
      case PENDING:
        return Constants.CommitBuildState.RUNNING;
      case FAILURE:
        return Constants.CommitBuildState.FAILED;
      default:
        // GitLab has no neutral state; a warning must not block the merge.
        return Constants.CommitBuildState.SUCCESS;
    }
  }

  private static Comment comment(Note n) {
    return new Comment(n.getId(), n.getAuthor() == null ? "" : n.getAuthor().getUsername(), n.getBody() == null ? "" : n.getBody());
  }

  private static void checkLength(PullRequestRef pr, String body) throws VcsException {
    int chars = body.codePointCount(0, body.length());
    if (chars > MAX_NOTE_CHARS) {
      throw new VcsException.Rejected("the note for " + pr + " is " + chars + " characters; GitLab accepts at most "
          + MAX_NOTE_CHARS + ", so Tollgate did not send it", -1, null);
    }
  }

  private static void checkSha(String sha) {
    if (sha == null || !SHA.matcher(sha).matches()) {
      throw new IllegalArgumentException("not a commit sha: " + sha);
    }
  }

  private static void checkPath(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a repository-relative file path: " + path);
    }
  }
}
