package dev.tollgate.cli;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Tollgate's command line. {@link #run} takes its writers and returns the exit code; only
 * {@link #main} exits. Exit codes: 0 ok, 1 a budget or policy is broken, 2 bad input or usage.
 */
@Command(
    name = "tollgate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "What a Terraform change will cost, before it merges.",
    subcommands = {EstimateCommand.class, PricesCommand.class, ResourcesCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int POLICY_BROKEN = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  Main(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The environment the command runs in (TF_VAR_ variables; the CI's variables for {@code ci}), as given to {@link #run}. */
  Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(args, out, err, System.getenv());
    } catch (OutOfMemoryError e) {
      out.flush();
      err.println("error: out of memory; give Tollgate more with TOLLGATE_JAVA_OPTS=-Xmx2g, or estimate fewer projects at once");
      code = INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Map.of());
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment to read TF_VAR_ variables from. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = new CommandLine(new Main(env));
    cli.addSubcommand("ci", CiCommand.registration(args));
    cli.addSubcommand("serve", ServeCommand.registration(args));
    if (args.length > 0 && args[0].equals("ci")) {
      cli.getSubcommands().get("ci").setDefaultValueProvider(CiCommand.actionInputs(env));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("error: " + ex.getMessage());
      err.println("Run `" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getOut().flush();
      if (ex instanceof InputException) {
        for (Problem p : ((InputException) ex).problems()) {
          err.println(p.render());
        }
        return BAD_INPUT;
      }
      err.println("internal error: " + ex + " (please report this with the input that caused it)");
      if (System.getenv("TOLLGATE_DEBUG") != null) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        err.print(trace);
      }
      return INTERNAL_ERROR;
    });
    return cli.execute(args);
  }
}
