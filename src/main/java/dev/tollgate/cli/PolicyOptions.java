package dev.tollgate.cli;

import dev.tollgate.model.InputException;
import dev.tollgate.policy.Config;
import dev.tollgate.policy.ConfigFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The repository's configuration (budgets, rules, projects) and the pull request's labels. */
final class PolicyOptions {

  static final String DEFAULT_FILE = ".tollgate.yml";

  @Option(names = "--config", paramLabel = "FILE",
      description = "The repository's configuration: projects, budgets, rules (default: " + DEFAULT_FILE
          + " in the current folder, when there is one).")
  Path config;

  @Option(names = "--config-defaults", paramLabel = "FILE",
      description = "Organisation-wide defaults, merged under the --config file (its settings win key by key).")
  Path defaults;

  @Option(names = "--label", paramLabel = "NAME",
      description = "A label of the pull request; repeat for several. The exemption label (default cost-approved) turns a failing budget into a warning.")
  List<String> labels = new ArrayList<>();

  /** The configuration file used, if any. */
  Optional<Path> file() {
    if (config != null) {
      return Optional.of(config);
    }
    Path here = Path.of(DEFAULT_FILE);
    return Files.isRegularFile(here) ? Optional.of(here) : Optional.empty();
  }

  Config load() throws InputException {
    List<ConfigFiles.Layer> layers = new ArrayList<>();
    if (defaults != null) {
      layers.add(ConfigFiles.layer(defaults));
    }
    Optional<Path> f = file();
    if (f.isPresent()) {
      layers.add(ConfigFiles.layer(f.get()));
    }
    return layers.isEmpty() ? Config.DEFAULT : ConfigFiles.merge(layers);
  }

  /** The folder the configuration's paths are relative to: the repository root, where the file lives. */
  Path root() {
    return file().map(p -> p.toAbsolutePath().normalize().getParent()).orElse(Path.of("").toAbsolutePath());
  }
}
