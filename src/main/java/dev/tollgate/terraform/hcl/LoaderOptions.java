package dev.tollgate.terraform.hcl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Terraform folder is evaluated with.
 *
 * @param repoRoot the folder that file functions and module sources may not leave; empty means the
 *     root module's own folder (the command line passes the repository around it)
 * @param varFiles {@code -var-file}s in order; relative ones are taken from the root module's folder
 * @param vars {@code NAME=VALUE} pairs in order, as {@code -var}
 * @param env the environment, for {@code TF_VAR_name} variables
 */
public record LoaderOptions(Optional<Path> repoRoot, List<Path> varFiles, List<String> vars,
    Map<String, String> env, Limits limits) {

  public LoaderOptions {
    varFiles = List.copyOf(varFiles);
    vars = List.copyOf(vars);
    env = Map.copyOf(env);
  }

  public static LoaderOptions defaults() {
    return new LoaderOptions(Optional.empty(), List.of(), List.of(), Map.of(), Limits.DEFAULT);
  }

  public LoaderOptions withRepoRoot(Path root) {
    return new LoaderOptions(Optional.of(root), varFiles, vars, env, limits);
  }

  public LoaderOptions withVarFiles(List<Path> files) {
    return new LoaderOptions(repoRoot, files, vars, env, limits);
  }

  public LoaderOptions withVars(List<String> values) {
    return new LoaderOptions(repoRoot, varFiles, values, env, limits);
  }

  public LoaderOptions withEnv(Map<String, String> environment) {
    return new LoaderOptions(repoRoot, varFiles, vars, environment, limits);
  }

  public LoaderOptions withLimits(Limits l) {
    return new LoaderOptions(repoRoot, varFiles, vars, env, l);
  }
}
