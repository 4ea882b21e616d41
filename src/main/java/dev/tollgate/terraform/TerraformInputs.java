package dev.tollgate.terraform;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads whatever a user points Tollgate at: a plan JSON file, or a Terraform folder. */
public final class TerraformInputs {

  public ChangeSet read(Path path) throws InputException {
    if (Files.isDirectory(path)) {
      throw new InputException("input.folder",
          "is a folder; Terraform folders are not read yet, give a plan JSON file (`terraform show -json plan.tfplan > plan.json`)",
          path.toString());
    }
    return new PlanReader().read(path);
  }
}
