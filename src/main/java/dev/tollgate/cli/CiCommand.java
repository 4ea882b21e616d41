package dev.tollgate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tollgate ci}: estimates the pull request a CI job runs for (GitHub Actions or GitLab CI),
 * posts or updates the comment, sets the check or status, and exits by the verdict. In GitHub
 * Actions every option can also come from the action's input of the same name ({@code INPUT_PATH}).
 */
@Command(
    name = "ci",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      CiCommand.SUMMARY,
      "Reads GitHub Actions (pull_request events) or GitLab CI (merge request pipelines). Tokens come from the",
      "environment only: GITHUB_TOKEN (or the action's github-token input), GITLAB_TOKEN.",
      "Exit codes: 0 pass or warn, 1 fail, 2 bad input, configuration or code-host error."
    })
final class CiCommand implements Callable<Integer> {

  static final String SUMMARY = "Estimate this CI job's pull request, comment on it, set a check, exit by the verdict.";

  @Option(names = "--path", split = ",", paramLabel = "PATH",
      description = "A project to estimate (Terraform folder or plan JSON), relative to the repository root; repeat or separate by commas. "
          + "Default: the projects in .tollgate.yml, else every root module the pull request's .tf files reach.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration's path in the repository (default: .tollgate.yml). It is read from the base commit: "
          + "a pull request cannot change its own budget.")
  String config;

  @Option(names = "--config-defaults", paramLabel = "FILE",
      description = "Organisation-wide defaults (a file on this machine), merged under the repository's configuration.")
  String configDefaults;

  @Option(names = "--usage-file", paramLabel = "FILE",
      description = "An Infracost usage file in the repository, for projects without their own usage_file.")
  String usageFile;

  @Option(names = "--behavior", paramLabel = "BEHAVIOR",
      description = "How to post: update (edit the one comment), new, hide-and-new, delete-and-new (default: comment.behavior in .tollgate.yml, else update).")
  String behavior;

  @Option(names = "--catalog", paramLabel = "FILE", description = "A price catalog built by `tollgate prices build` (default: the shipped one).")
  String catalog;

  @Option(names = "--currency", paramLabel = "CODE", description = "Show amounts in this currency (needs --currency-rate or --currency-rates).")
  String currency;

  @Option(names = "--currency-rate", paramLabel = "RATE", description = "Units of --currency one US dollar buys.")
  String currencyRate;

  @Option(names = "--currency-rates", paramLabel = "FILE", description = "A YAML file of rates from USD, for --currency.")
  String currencyRates;

  @Option(names = "--repo-root", paramLabel = "DIR",
      description = "The checkout (default: GITHUB_WORKSPACE or CI_PROJECT_DIR, else the git repository around the current folder).")
  String repoRoot;

  @Option(names = "--dry-run", description = "Print the comment instead of posting it; set no check or status.")
  boolean dryRun;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Main main;

  /**
   * As {@code serve}: the full command only when {@code ci} is what runs, else just its name and
   * description, so that other commands never load the pipeline.
   */
  static Object registration(String[] args) {
    if (args.length > 0 && args[0].equals("ci")) {
      return new CiCommand();
    }
    CommandLine.Model.CommandSpec summary = CommandLine.Model.CommandSpec.create().name("ci");
    summary.usageMessage().description(SUMMARY);
    return summary;
  }

  /**
   * In GitHub Actions, a Docker action's inputs arrive as {@code INPUT_<NAME>} variables; an option
   * not given on the command line takes the input of its name ({@code --usage-file}: {@code INPUT_USAGE-FILE}).
   */
  static CommandLine.IDefaultValueProvider actionInputs(Map<String, String> env) {
    return arg -> {
      if (!"true".equals(env.get("GITHUB_ACTIONS")) || !(arg instanceof CommandLine.Model.OptionSpec)) {
        return null;
      }
      String name = ((CommandLine.Model.OptionSpec) arg).longestName().replaceFirst("^--", "");
      String v = env.get("INPUT_" + name.toUpperCase(Locale.ROOT));
      return v == null || v.isBlank() ? null : v.strip();
    };
  }

  @Override
  public Integer call() throws Exception {
    // The pipeline, git and the code-host clients live behind CiLauncher, loaded only now.
    return CiLauncher.run(this, main == null ? Map.of() : main.env(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
