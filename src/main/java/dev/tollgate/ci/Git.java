package dev.tollgate.ci;

import dev.tollgate.model.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code git} in a checkout as a program with an argument list (never through a shell), with
 * a time limit, prompts turned off (a fetch that would ask for a password fails instead of
 * hanging) and its output bounded. The checkout is the CI job's own: {@code safe.directory} is
 * set for this call only, as the container's user need not own the files the runner checked out.
 */
final class Git {

  static final long MAX_OUTPUT = 64L << 20;

  private final String program;
  private final Path dir;

  Git(String program, Path dir) {
    this.program = program;
    this.dir = dir;
  }

  /** What git printed on standard output; a failure is an input error quoting git's last error line. */
  byte[] run(Duration timeout, String... args) throws InputException {
    List<String> command = new ArrayList<>(List.of(program, "-c", "safe.directory=*", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_ASKPASS", "");
    pb.environment().put("LC_ALL", "C");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new InputException("ci.git", "cannot run git (" + e.getMessage() + "); tollgate ci needs git on PATH", program);
    }
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new InputException("ci.git", "git " + args[0] + " took longer than " + timeout.toSeconds() + " s; stopped", dir.toString());
      }
      byte[] stdout = out.join();
      if (p.exitValue() != 0) {
        throw new InputException("ci.git", "git " + String.join(" ", args) + " failed: " + lastLine(err.join()), dir.toString());
      }
      return stdout;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InputException("ci.git", "interrupted while git " + args[0] + " ran", dir.toString());
    }
  }

  /** Whether git exits 0 (for questions such as "is this commit here?"). */
  boolean succeeds(Duration timeout, String... args) {
    try {
      run(timeout, args);
      return true;
    } catch (InputException e) {
      return false;
    }
  }

  private static byte[] drain(InputStream in) {
    try (in) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        if (b.size() + n > MAX_OUTPUT) {
          throw new IOException("git printed more than " + MAX_OUTPUT + " bytes");
        }
        b.write(buf, 0, n);
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lastLine(byte[] stderr) {
    List<String> lines = new String(stderr, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "(no message)" : lines.get(lines.size() - 1).strip();
  }
}
