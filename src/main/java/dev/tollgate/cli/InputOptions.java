package dev.tollgate.cli;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.terraform.TerraformInputs;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the Terraform comes from: plan JSON files or Terraform folders, a base to compare to, usage. */
final class InputOptions {

  @Option(names = "--path", paramLabel = "PATH",
      description = "A Terraform plan JSON file (`terraform show -json plan.tfplan`) or a Terraform folder. Repeat for several projects. Without it, the projects listed in .tollgate.yml.")
  List<Path> paths;

  @Option(names = "--compare-to", paramLabel = "FILE",
      description = "An earlier Tollgate or Infracost JSON estimate to diff against, as `infracost diff --compare-to`.")
  Path compareTo;

  @Option(names = "--usage-file", paramLabel = "FILE",
      description = "An Infracost usage file (infracost-usage.yml) with usage figures for usage-based costs.")
  Path usageFile;

  UsageFile usage() throws InputException {
    return usageFile == null ? UsageFile.NONE : UsageFile.read(usageFile);
  }

  ChangeSet read(Path path) throws InputException {
    return new TerraformInputs().read(path);
  }
}
