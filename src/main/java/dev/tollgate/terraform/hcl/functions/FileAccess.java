package dev.tollgate.terraform.hcl.functions;

import java.util.List;

/**
 * What the filesystem functions may see: files inside the repository, and nothing else. Paths are
 * as written in the HCL, relative to the root module's folder (as Terraform resolves them).
 * Implementations throw a fatal {@link FnException} for a path that would leave the repository.
 */
public interface FileAccess {

  /** The file's bytes; a non-fatal {@link FnException} when it does not exist. */
  byte[] read(String path);

  boolean exists(String path);

  /** Files under {@code dir} matching the glob {@code pattern}, relative to {@code dir}, sorted. */
  List<String> glob(String dir, String pattern);

  /** A template evaluated with {@code vars}, as {@code templatefile} does. */
  default dev.tollgate.model.Value template(String path, dev.tollgate.model.Value vars) {
    throw new FnException("templatefile is not available here");
  }

  FileAccess NONE = new FileAccess() {
    @Override
    public byte[] read(String path) {
      throw FnException.sandbox("no files may be read here");
    }

    @Override
    public boolean exists(String path) {
      throw FnException.sandbox("no files may be read here");
    }

    @Override
    public List<String> glob(String dir, String pattern) {
      throw FnException.sandbox("no files may be read here");
    }
  };
}
