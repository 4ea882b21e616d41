package dev.tollgate.ci;

import dev.tollgate.model.InputException;
import dev.tollgate.vcs.Archives;
import dev.tollgate.vcs.ChangedFile;
import dev.tollgate.vcs.Limits;
import dev.tollgate.vcs.Snapshot;
import dev.tollgate.vcs.VcsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CI job's checkout, through git: its top folder, the base commit (fetched when a shallow clone
 * does not have it), the files that differ from the base, and the base's tree written out into a
 * folder of its own with {@code git archive} (unpacked with the same checks as a host's archive).
 */
public final class Checkout {

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,64}");
  private static final Duration QUICK = Duration.ofSeconds(60);
  private static final Duration FETCH = Duration.ofSeconds(300);

  private final Git git;
  private final Path root;

  private Checkout(Git git, Path root) {
    this.git = git;
    this.root = root;
  }

  /** The repository around {@code dir} ({@code git rev-parse --show-toplevel}). */
  public static Checkout at(Path dir, String gitProgram) throws InputException {
    byte[] top = new Git(gitProgram, dir).run(QUICK, "rev-parse", "--show-toplevel");
    Path root = Path.of(new String(top, StandardCharsets.UTF_8).strip());
    return new Checkout(new Git(gitProgram, root), root);
  }

  public Path root() {
    return root;
  }

  /**
   * Makes sure {@code sha} is in the checkout: a shallow clone (actions/checkout's default depth
   * of 1, GitLab's GIT_DEPTH) may not have the base, so it is fetched from {@code origin}.
   */
  public void ensureCommit(String sha) throws InputException {
    checkSha(sha);
    if (hasCommit(sha)) {
      return;
    }
    try {
      git.run(FETCH, "fetch", "--no-tags", "--depth=1", "origin", sha);
    } catch (InputException e) {
      throw new InputException("ci.base_commit", "the base commit " + sha + " is not in this checkout and fetching it failed ("
          + e.problems().get(0).message() + "); check out the full history (GitHub: actions/checkout with fetch-depth: 0;"
          + " GitLab: GIT_DEPTH: 0)", root.toString());
    }
    if (!hasCommit(sha)) {
      throw new InputException("ci.base_commit", "the base commit " + sha + " is still not in this checkout after fetching it", root.toString());
    }
  }

  private boolean hasCommit(String sha) {
    return git.succeeds(QUICK, "cat-file", "-e", sha + "^{commit}");
  }

  /** The files that differ between {@code base} and the working tree, renames with their old path. */
  public List<ChangedFile> changedFiles(String base) throws InputException {
    checkSha(base);
    byte[] out = git.run(QUICK, "diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-textconv", base, "--");
    String[] fields = new String(out, StandardCharsets.UTF_8).split("\0");
    List<ChangedFile> files = new ArrayList<>();
    for (int i = 0; i + 1 < fields.length; ) {
      String status = fields[i++];
      if (status.startsWith("R") || status.startsWith("C")) {
        String from = fields[i++];
        String to = fields[i++];
        files.add(new ChangedFile(to, status.startsWith("R") ? ChangedFile.Status.RENAMED : ChangedFile.Status.COPIED, Optional.of(from)));
      } else {
        String path = fields[i++];
        files.add(new ChangedFile(path, status.startsWith("A") ? ChangedFile.Status.ADDED
            : status.startsWith("D") ? ChangedFile.Status.REMOVED : ChangedFile.Status.MODIFIED, Optional.empty()));
      }
    }
    return files;
  }

  /** Writes the tree of {@code sha} into {@code target} (absent or empty), without symbolic links. */
  public Snapshot export(String sha, Path target) throws InputException {
    checkSha(sha);
    Path zip = null;
    try {
      zip = Files.createTempFile("tollgate-base-", ".zip");
      git.run(FETCH, "archive", "--format=zip", "-o", zip.toString(), sha);
      return Archives.unzip(zip, target, Limits.DEFAULT, false);
    } catch (IOException | VcsException e) {
      throw new InputException("ci.base_tree", "could not write out the base commit " + sha + ": " + e.getMessage(), root.toString());
    } finally {
      if (zip != null) {
        zip.toFile().delete();
      }
    }
  }

  private static void checkSha(String sha) throws InputException {
    if (sha == null || !SHA.matcher(sha).matches()) {
      throw new InputException("ci.sha", "not a commit id: '" + sha + "'", "");
    }
  }
}
