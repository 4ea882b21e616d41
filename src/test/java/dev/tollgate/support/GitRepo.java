package dev.tollgate.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real git repository in a test's temporary folder, driven by the {@code git} binary. */
public final class GitRepo {

  public final Path dir;

  private GitRepo(Path dir) {
    this.dir = dir;
  }

  /** {@code git init} on branch main, with a committer set for this repository only. */
  public static GitRepo init(Path dir) throws Exception {
    GitRepo r = new GitRepo(dir);
    java.nio.file.Files.createDirectories(dir);
    r.git("init", "-q", "-b", "main");
    r.git("config", "user.email", "tests@tollgate.invalid");
    r.git("config", "user.name", "Tollgate tests");
    r.git("config", "commit.gpgsign", "false");
    return r;
  }

  /** Writes the fixture layers ({@link PrTrees}) over the working tree and commits everything; returns the commit. */
  public String commit(String message, String... layers) throws Exception {
    PrTrees.tree(dir, layers);
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  public String git(String... args) throws Exception {
    return run(dir, args);
  }

  public static String run(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
