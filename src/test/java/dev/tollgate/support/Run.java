package dev.tollgate.support;

import dev.tollgate.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, capturing what it prints and its exit code. */
public record Run(int code, String out, String err) {

  public static Run of(String... args) {
    return withEnv(java.util.Map.of(), args);
  }

  /** Runs with {@code env} as the process environment (for TF_VAR_ variables). */
  public static Run withEnv(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new Run(code, out.toString(), err.toString());
  }
}
