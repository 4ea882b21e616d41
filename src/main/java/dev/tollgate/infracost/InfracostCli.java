package dev.tollgate.infracost;

import dev.tollgate.model.InputException;
import dev.tollgate.model.ProjectEstimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Infracost CLI ({@code infracost breakdown --path P --format json}) on an input the user
 * named and reads its JSON into Tollgate's model, so Infracost's prices go through Tollgate's
 * reports. The program is run only because the user asked for it ({@code --prices infracost-cli}):
 * arguments are a list (no shell), and it is stopped after a timeout.
 */
public final class InfracostCli {

  private final String binary;
  private final Duration timeout;

  public InfracostCli(String binary, Duration timeout) {
    this.binary = binary;
    this.timeout = timeout;
  }

  /** The Infracost estimate of one input; a single project is named after the path, as Tollgate names it. */
  public InfracostJsonReader.Read breakdown(Path path, Path usageFile) throws InputException {
    List<String> command = new ArrayList<>(List.of(binary, "breakdown", "--path", path.toString(), "--format", "json"));
    if (usageFile != null) {
      command.addAll(List.of("--usage-file", usageFile.toString()));
    }
    String where = path.toString();
    String shown = "`" + binary + " breakdown --path " + path + "`";
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("tollgate-infracost", ".json");
      err = Files.createTempFile("tollgate-infracost", ".err");
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      // Keep the run quiet and offline apart from pricing: no update check, no colour codes in errors.
      pb.environment().put("INFRACOST_SKIP_UPDATE_CHECK", "true");
      pb.environment().put("INFRACOST_NO_COLOR", "true");
      Process process = start(pb, where);
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new InputException("infracost_cli.timeout", shown + " did not finish within " + timeout.toSeconds()
            + " s and was stopped; raise --infracost-timeout, or price with --prices local", where);
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new InputException("infracost_cli.failed", shown + " exited with " + process.exitValue() + lastLine(stderr), where);
      }
      String json = Files.readString(out, StandardCharsets.UTF_8);
      if (json.isBlank()) {
        throw new InputException("infracost_cli.no_output", shown + " printed nothing" + lastLine(stderr), where);
      }
      InfracostJsonReader.Read read = new InfracostJsonReader("priced by the Infracost CLI", "Infracost CLI")
          .readWithCurrency("output of " + shown, json);
      return new InfracostJsonReader.Read(read.currency(), named(read.projects(), path));
    } catch (IOException e) {
      throw new InputException("infracost_cli.io", "cannot run " + shown + ": " + e.getMessage(), where);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("infracost_cli.interrupted", shown + " was interrupted", where);
    } finally {
      delete(out);
      delete(err);
    }
  }

  private Process start(ProcessBuilder pb, String where) throws InputException {
    try {
      return pb.start();
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("error=2,")) {
        throw new InputException("infracost_cli.missing", "the Infracost CLI (" + binary + ") is not installed or not on PATH; "
            + "install it (https://www.infracost.io/docs/), name it with --infracost-bin, or price with --prices local", where);
      }
      if (m.contains("error=13,")) {
        throw new InputException("infracost_cli.not_executable", binary + " is not executable; chmod +x it or name another with --infracost-bin", where);
      }
      throw new InputException("infracost_cli.start", "cannot start " + binary + ": " + m, where);
    }
  }

  private static List<ProjectEstimate> named(List<ProjectEstimate> projects, Path path) {
    if (projects.size() != 1) {
      return projects;
    }
    ProjectEstimate p = projects.get(0);
    return List.of(new ProjectEstimate(path.toString(), path.toString(), p.type(), p.past(), p.current(), p.diffs(), p.notes()));
  }

  /** {@code : <last line of standard error>}, which is where Infracost says what went wrong. */
  private static String lastLine(String stderr) {
    List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
  }

  private static void delete(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // A temporary file left behind is harmless.
      }
    }
  }
}
