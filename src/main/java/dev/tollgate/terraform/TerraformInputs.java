package dev.tollgate.terraform;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.terraform.hcl.HclLoader;
import dev.tollgate.terraform.hcl.LoaderOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads whatever a user points Tollgate at: a plan JSON file, or a Terraform folder, which is
 * evaluated without Terraform ({@link HclLoader}).
 */
public final class TerraformInputs {

  private final LoaderOptions hcl;

  public TerraformInputs() {
    this(LoaderOptions.defaults());
  }

  public TerraformInputs(LoaderOptions hcl) {
    this.hcl = hcl;
  }

  public ChangeSet read(Path path) throws InputException {
    if (Files.isDirectory(path)) {
      return new HclLoader(hcl).load(path);
    }
    return new PlanReader().read(path);
  }
}
