package dev.tollgate.cli;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.terraform.TerraformInputs;
import dev.tollgate.terraform.hcl.HclLoader;
import dev.tollgate.terraform.hcl.LoaderOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the Terraform comes from: plan JSON files or Terraform folders, a base to compare to, usage. */
final class InputOptions {

  @Option(names = "--path", paramLabel = "PATH",
      description = "A Terraform plan JSON file (`terraform show -json plan.tfplan`) or a Terraform folder. Repeat for several projects. Without it, the projects listed in .tollgate.yml.")
  List<Path> paths;

  @Option(names = "--compare-to", paramLabel = "PATH",
      description = "What to diff against: an earlier Tollgate or Infracost JSON estimate (as `infracost diff --compare-to`), or the base version of the Terraform folder.")
  Path compareTo;

  @Option(names = "--usage-file", paramLabel = "FILE",
      description = "An Infracost usage file (infracost-usage.yml) with usage figures for usage-based costs.")
  Path usageFile;

  @Option(names = "--terraform-var-file", paramLabel = "FILE",
      description = "For Terraform folders: a variables file, as terraform -var-file (relative to the folder). Repeatable; later files win.")
  List<Path> varFiles = new ArrayList<>();

  @Option(names = "--terraform-var", paramLabel = "NAME=VALUE",
      description = "For Terraform folders: a variable value, as terraform -var. Repeatable; wins over variables files.")
  List<String> vars = new ArrayList<>();

  @Option(names = "--repo-root", paramLabel = "DIR",
      description = "For Terraform folders: the repository root that file() and module sources may not leave "
          + "(default: the nearest folder above with .git, else the folder itself).")
  Path repoRoot;

  UsageFile usage() throws InputException {
    return usageFile == null ? UsageFile.NONE : UsageFile.read(usageFile);
  }

  /** Reads a plan file or evaluates a folder; {@code env} supplies {@code TF_VAR_} variables. */
  /** The environment TF_VAR_ variables are read from; the command sets it from {@link Main}. */
  Map<String, String> env = Map.of();

  ChangeSet read(Path path) throws InputException {
    LoaderOptions hcl = LoaderOptions.defaults().withVarFiles(varFiles).withVars(vars).withEnv(env)
        .withRepoRoot(repoRoot != null ? repoRoot : HclLoader.repositoryOf(path));
    return new TerraformInputs(hcl).read(path);
  }

  Optional<Path> compareFolder() {
    return compareTo != null && java.nio.file.Files.isDirectory(compareTo) ? Optional.of(compareTo) : Optional.empty();
  }
}
