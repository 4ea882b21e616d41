package dev.tollgate.pipeline;

import dev.tollgate.model.InputException;
import dev.tollgate.model.Problem;
import dev.tollgate.policy.Config;
import dev.tollgate.policy.ConfigFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration a pull request is judged by: the organisation's defaults under the base
 * branch's {@code .tollgate.yml}. The head's copy is never applied (a pull request must not be able
 * to loosen its own budget); when the pull request changes it, the comment says so, and what is
 * wrong with it if it would not load once merged.
 *
 * @param source which files the verdict came from, for the report
 * @param notes what the comment says about the configuration
 */
record RepoConfig(Config config, String source, List<String> notes) {

  static RepoConfig read(PullRequestInput in, PipelineSettings settings) throws InputException {
    String name = settings.configFile();
    List<ConfigFiles.Layer> layers = new ArrayList<>(settings.defaults());
    Optional<Path> base = TreePaths.existing(in.base(), name).filter(Files::isRegularFile);
    if (base.isPresent()) {
      layers.add(layer(base.get(), name));
    }
    Config config = layers.isEmpty() ? Config.DEFAULT : ConfigFiles.merge(layers);
    List<String> notes = new ArrayList<>();
    String branch = in.pr().base().name().isEmpty() ? "the base branch" : "the base branch " + in.pr().base().name();
    if (base.isPresent()) {
      notes.add("Budgets and rules come from " + name + " on " + branch + ", so a pull request cannot loosen its own budget.");
    }
    if (changes(in, name)) {
      notes.add("This pull request changes " + name + "; its changes apply once it is merged.");
      Optional<Path> head = TreePaths.existing(in.head(), name).filter(Files::isRegularFile);
      if (head.isPresent()) {
        try {
          List<ConfigFiles.Layer> withHead = new ArrayList<>(settings.defaults());
          withHead.add(layer(head.get(), name));
          ConfigFiles.merge(withHead);
        } catch (InputException e) {
          List<Problem> ps = e.problems();
          notes.add("The changed " + name + " would not load: " + ps.get(0).render()
              + (ps.size() > 1 ? " (and " + (ps.size() - 1) + " more)" : ""));
        }
      }
    }
    List<String> names = new ArrayList<>(layers.stream().map(ConfigFiles.Layer::name).toList());
    java.util.Collections.reverse(names);
    String source = String.join(" over ", names);
    return new RepoConfig(config, source, notes);
  }

  /** The file's text under its repository name, so no message names the temporary tree it was read from. */
  private static ConfigFiles.Layer layer(Path file, String name) throws InputException {
    try {
      return new ConfigFiles.Layer(name, ConfigFiles.layer(file).text());
    } catch (InputException e) {
      List<Problem> named = new ArrayList<>();
      for (Problem p : e.problems()) {
        named.add(new Problem(p.code(), p.message(), name));
      }
      throw new InputException(named);
    }
  }

  private static boolean changes(PullRequestInput in, String name) {
    String path = ProjectFinder.normalise(name);
    return in.changed().stream().anyMatch(f -> ProjectFinder.normalise(f.path()).equals(path)
        || f.previousPath().map(p -> ProjectFinder.normalise(p).equals(path)).orElse(false));
  }
}
