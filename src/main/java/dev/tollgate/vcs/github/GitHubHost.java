package dev.tollgate.vcs.github;

import dev.tollgate.vcs.Archives;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.CheckReport;
import dev.tollgate.vcs.CodeHost;
import dev.tollgate.vcs.Comment;
import dev.tollgate.vcs.Operation;
import dev.tollgate.vcs.PullRequestRef;
import dev.tollgate.vcs.RepoRef;
import dev.tollgate.vcs.Snapshot;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.kohsuke.github.GHContent;
import org.kohsuke.github.GHPermissionType;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.authorization.ImmutableAuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

/**
 * {@link CodeHost} for GitHub and GitHub Enterprise Server, on github-api. Waiting out rate limits and
 * retrying server errors happen in github-api's hooks ({@link RateLimitWait}, {@link SecondaryLimitWait},
 * {@link ServerErrorRetry}); this class maps GitHub's objects to Tollgate's records and its failures
 * to {@link VcsException}s. One instance per token or app installation; safe to share between threads.
 */
public final class GitHubHost implements CodeHost {

  /** GitHub's limit for an issue comment, in characters. */
  public static final int MAX_COMMENT_CHARS = 65_536;

  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
  private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,64}");
  private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?");

  private final GitHubConfig config;
  private final GitHub gitHub;
  private final AuthorizationProvider auth;
  private final HttpCalls http;
  private final GitHubComments comments;
  private final Map<String, GHRepository> repos = new ConcurrentHashMap<>();

  private GitHubHost(GitHubConfig config, GitHub gitHub, AuthorizationProvider auth, HttpCalls http) {
    this.config = config;
    this.gitHub = gitHub;
    this.auth = auth;
    this.http = http;
    this.comments = new GitHubComments(http, config.graphQlUrl(), auth);
  }

  /** Builds the client; makes no request until the first call. */
  public static GitHubHost connect(GitHubConfig config) throws VcsException {
    HttpCalls http = new HttpCalls();
    AuthorizationProvider auth;
    if (config.auth() instanceof GitHubAuth.App app) {
      try {
        JWTTokenProvider jwt = new JWTTokenProvider(app.appId(), PrivateKeys.read(app.privateKeyPem()));
        auth = new InstallationTokens(app, jwt, config.apiUrl(), http, config.waits().clock());
      } catch (GeneralSecurityException e) {
        throw new VcsException.NotConfigured(e.getMessage());
      }
    } else {
      // With a login given (empty), github-api does not spend a GET /user finding it out; a workflow's
      // GITHUB_TOKEN could not read /user anyway.
      auth = ImmutableAuthorizationProvider.fromAppInstallationToken(((GitHubAuth.Token) config.auth()).value());
    }
    try {
      GitHub gitHub = new GitHubBuilder()
          .withEndpoint(config.apiUrl().toString())
          .withAuthorizationProvider(auth)
          .withConnector(new ServerErrorRetry(GitHubConnector.DEFAULT, config.waits()))
          .withRateLimitHandler(new RateLimitWait(config.waits()))
          .withAbuseLimitHandler(new SecondaryLimitWait(config.waits()))
          .build();
      return new GitHubHost(config, gitHub, auth, http);
    } catch (IOException e) {
      throw new VcsException.NotConfigured("could not set up the GitHub client for " + config.apiUrl() + ": " + e.getMessage());
    }
  }

  @Override
  public String name() {
    return "GitHub";
  }

  @Override
  public dev.tollgate.vcs.PullRequest pullRequest(PullRequestRef ref) throws VcsException {
    return call(ref.repo(), Operation.READ_PULL_REQUEST,
        () -> GitHubRecords.pullRequest(ref, repo(ref.repo()).getPullRequest(number(ref))));
  }

  @Override
  public List<ChangedFile> changedFiles(PullRequestRef ref) throws VcsException {
    return call(ref.repo(), Operation.LIST_FILES, () -> GitHubRecords.files(
        repo(ref.repo()).getPullRequest(number(ref)).listFiles().withPageSize(100).toList()));
  }

  @Override
  public Optional<byte[]> file(RepoRef repo, String path, String sha) throws VcsException {
    checkPath(path);
    checkSha(sha);
    long max = config.limits().maxFileBytes();
    GHContent content;
    try {
      content = call(repo, Operation.READ_FILE, () -> repo(repo).getFileContent(path, sha));
    } catch (VcsException.NotFound missing) {
      return Optional.empty();
    }
    if (content.getSize() > max || !"base64".equals(content.getEncoding())) {
      throw new VcsException.TooLarge(repo + ": " + path + " at " + sha + " is " + content.getSize()
          + " bytes; Tollgate reads files up to " + Math.min(max, 1 << 20) + " bytes through the contents API");
    }
    byte[] bytes = call(repo, Operation.READ_FILE, () -> {
      try (InputStream in = content.read()) {
        return in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      }
    });
    if (bytes.length > max) {
      throw new VcsException.TooLarge(repo + ": " + path + " at " + sha + " is over " + max + " bytes");
    }
    return Optional.of(bytes);
  }

  @Override
  public Snapshot archive(RepoRef repo, String sha, Path target) throws VcsException {
    checkRepo(repo);
    checkSha(sha);
    URI url = URI.create(config.apiUrl() + "/repos/" + repo.path() + "/zipball/" + sha);
    Path zip = null;
    try {
      zip = Files.createTempFile("tollgate-", ".zip");
      Path file = zip;
      call(repo, Operation.DOWNLOAD_ARCHIVE, () -> {
        try {
          http.download(url, auth.getEncodedAuthorization(), file, config.limits().maxArchiveBytes(),
              "the archive of " + repo + " at " + sha);
          return null;
        } catch (VcsException e) {
          throw new WrappedVcs(e);
        }
      });
      return Archives.unzip(zip, target, config.limits(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack the archive of " + repo + " into " + target, e);
    } finally {
      deleteQuietly(zip);
    }
  }

  @Override
  public Optional<Comment> findComment(PullRequestRef pr, String marker) throws VcsException {
    return call(pr.repo(), Operation.LIST_COMMENTS, () -> comments.find(repo(pr.repo()).getIssue(number(pr)), marker));
  }

  @Override
  public Comment createComment(PullRequestRef pr, String body) throws VcsException {
    checkLength(pr, body);
    return call(pr.repo(), Operation.WRITE_COMMENT, () -> comments.create(repo(pr.repo()).getIssue(number(pr)), body));
  }

  @Override
  public Comment updateComment(PullRequestRef pr, Comment comment, String body) throws VcsException {
    checkLength(pr, body);
    return call(pr.repo(), Operation.WRITE_COMMENT, () -> comments.update(repo(pr.repo()), number(pr), comment, body));
  }

  @Override
  public void deleteComment(PullRequestRef pr, Comment comment) throws VcsException {
    call(pr.repo(), Operation.DELETE_COMMENT, () -> comments.delete(repo(pr.repo()), number(pr), comment));
  }

  @Override
  public void hideComment(PullRequestRef pr, Comment comment) throws VcsException {
    String nodeId = call(pr.repo(), Operation.LIST_COMMENTS, () -> comments.nodeId(repo(pr.repo()), number(pr), comment));
    comments.minimize(pr.repo().path(), nodeId);
  }

  @Override
  public boolean canWrite(RepoRef repo, String user) throws VcsException {
    if (user == null || !LOGIN.matcher(user).matches()) {
      return false;
    }
    try {
      // The legacy "permission" field folds maintain into write and triage into read.
      GHPermissionType p = call(repo, Operation.READ_PERMISSION, () -> repo(repo).getPermission(user));
      return p == GHPermissionType.ADMIN || p == GHPermissionType.WRITE;
    } catch (VcsException.NotFound notAUser) {
      return false;
    }
  }

  @Override
  public void setCheck(RepoRef repo, String sha, CheckReport report) throws VcsException {
    checkSha(sha);
    GitHubChecks.checkSizes(repo, report);
    try {
      call(repo, Operation.SET_CHECK, () -> GitHubChecks.checkRun(repo(repo), sha, report, config.waits().clock()));
    } catch (VcsException.Forbidden checksRefused) {
      // A personal access token may not create check runs; a commit status says the same, without annotations.
      try {
        call(repo, Operation.SET_STATUS, () -> GitHubChecks.commitStatus(repo(repo), sha, report));
      } catch (VcsException statusFailed) {
        throw new VcsException.Forbidden(checksRefused.getMessage() + "; a commit status instead failed too: "
            + statusFailed.getMessage(), checksRefused);
      }
    }
  }

  private GHRepository repo(RepoRef ref) throws IOException {
    checkRepo(ref);
    GHRepository cached = repos.get(ref.path());
    if (cached != null) {
      return cached;
    }
    GHRepository fetched = gitHub.getRepository(ref.path());
    repos.put(ref.path(), fetched);
    return fetched;
  }

  @FunctionalInterface
  interface IoCall<T> {
    T run() throws IOException;
  }

  private <T> T call(RepoRef repo, Operation op, IoCall<T> body) throws VcsException {
    try {
      return body.run();
    } catch (WrappedVcs e) {
      throw e.inner;
    } catch (IOException e) {
      throw GitHubErrors.translate(e, repo.path(), op, config.waits().maxAttempts());
    }
  }

  private static void checkLength(PullRequestRef pr, String body) throws VcsException {
    int chars = body.codePointCount(0, body.length());
    if (chars > MAX_COMMENT_CHARS) {
      throw new VcsException.Rejected("the comment for " + pr + " is " + chars + " characters; GitHub accepts at most "
          + MAX_COMMENT_CHARS + ", so Tollgate did not send it (the report should have been cut to fit)", -1, null);
    }
  }

  private static int number(PullRequestRef ref) {
    return Math.toIntExact(ref.number());
  }

  private static void checkRepo(RepoRef repo) {
    if (!REPO.matcher(repo.path()).matches() || repo.path().contains("..")) {
      throw new IllegalArgumentException("not a GitHub repository (owner/name): " + repo);
    }
  }

  private static void checkSha(String sha) {
    if (sha == null || !SHA.matcher(sha).matches()) {
      throw new IllegalArgumentException("not a commit sha: " + sha);
    }
  }

  static void checkPath(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || List.of(path.split("/")).contains("..") || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      throw new IllegalArgumentException("not a repository-relative file path: " + path);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a temp file left behind is not worth failing the estimate for
      }
    }
  }

  /** Carries a VcsException out of an IoCall lambda. */
  private static final class WrappedVcs extends IOException {
    final VcsException inner;

    WrappedVcs(VcsException inner) {
      super(inner.getMessage());
      this.inner = inner;
    }
  }
}
