package dev.tollgate.support;

import dev.tollgate.vcs.Branch;
import dev.tollgate.vcs.PullRequest;
import dev.tollgate.vcs.PullRequestRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Repository trees for pull request tests, from {@code test-fixtures/pr/}: a tree is the base
 * ({@code pr/base}) with the files of later layers ({@code pr/resized}, ...) written over it, so a
 * head keeps the base's {@code .tollgate.yml} as a real branch would.
 */
public final class PrTrees {

  public static final Path FIXTURES = Fixtures.path("pr");
  public static final String BASE_SHA = "b000000000000000000000000000000000000001";

  private PrTrees() {}

  /** Copies {@code pr/<layer>} for each layer, in order, into {@code target}. */
  public static Path tree(Path target, String... layers) {
    try {
      Files.createDirectories(target);
      for (String layer : layers) {
        Path from = FIXTURES.resolve(layer);
        try (Stream<Path> all = Files.walk(from)) {
          for (Path p : all.toList()) {
            Path to = target.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(to);
            } else {
              Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An open pull request of {@code repo} from branch {@code feature} into {@code main}. */
  public static PullRequest pullRequest(String repo, long number, String headSha, List<String> labels) {
    return new PullRequest(PullRequestRef.of(repo, number), "Resize the web server", "octocat", labels,
        new Branch("main", BASE_SHA, repo), new Branch("feature", headSha, repo), false, PullRequest.State.OPEN);
  }
}
