package dev.tollgate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.policy.Config;
import dev.tollgate.policy.ConfigFiles;
import dev.tollgate.pricing.catalog.PriceCatalog;
import dev.tollgate.report.CommentRenderer;
import dev.tollgate.support.PrTrees;
import dev.tollgate.vcs.ChangedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which projects a pull request is estimated as: the roots its changed Terraform files reach through
 * local module calls, unless the configuration lists projects or the runner names paths.
 */
class ProjectFinderTest {

  @TempDir Path tmp;

  static final String CALLS_NETWORK = "module \"net\" {\n  source = \"../../modules/network\"\n}\n";

  /** Two environments calling a network module, which calls a subnet module; a module repository's example; a stray module. */
  Path monorepo(Path root) throws Exception {
    write(root, "envs/prod/main.tf", CALLS_NETWORK);
    write(root, "envs/staging/main.tf", CALLS_NETWORK);
    write(root, "envs/staging/terraform.tfvars", "size = \"small\"\n");
    write(root, "modules/network/main.tf", "module \"subnet\" {\n  source = \"./subnet\"\n}\n");
    write(root, "modules/network/subnet/main.tf", "resource \"aws_subnet\" \"a\" {}\n");
    write(root, "modules/unused/main.tf", "resource \"aws_eip\" \"a\" {}\n");
    write(root, "tools/readme.md", "not terraform\n");
    write(root, ".terraform/modules/net/main.tf", "module \"x\" {\n  source = \"../../../envs/prod\"\n}\n");
    write(root, "registry/main.tf", "module \"vpc\" {\n  source = \"terraform-aws-modules/vpc/aws\"\n}\n");
    return root;
  }

  List<String> roots(Path base, Path head, String... changed) {
    List<ChangedFile> files = new ArrayList<>();
    for (String c : changed) {
      files.add(new ChangedFile(c, ChangedFile.Status.MODIFIED, Optional.empty()));
    }
    return List.copyOf(ProjectFinder.changedRoots(input(base, head, files)));
  }

  static PullRequestInput input(Path base, Path head, List<ChangedFile> files) {
    return new PullRequestInput(PrTrees.pullRequest("acme/infra", 3, "1111111", List.of()), files, base, head,
        CommentRenderer.Host.GITHUB);
  }

  @Test
  void a_change_to_a_nested_module_reaches_every_root_that_calls_it_through_other_modules() throws Exception {
    Path repo = monorepo(tmp.resolve("repo"));
    assertThat(roots(repo, repo, "modules/network/subnet/main.tf")).containsExactly("envs/prod", "envs/staging");
  }

  @Test
  void a_change_to_a_root_estimates_that_root_only_and_a_tfvars_file_counts_as_its_folder() throws Exception {
    Path repo = monorepo(tmp.resolve("repo"));
    assertThat(roots(repo, repo, "envs/prod/main.tf")).containsExactly("envs/prod");
    assertThat(roots(repo, repo, "envs/staging/terraform.tfvars")).containsExactly("envs/staging");
  }

  @Test
  void a_module_nobody_calls_is_a_root_and_files_that_are_not_terraform_change_nothing() throws Exception {
    Path repo = monorepo(tmp.resolve("repo"));
    assertThat(roots(repo, repo, "modules/unused/main.tf")).containsExactly("modules/unused");
    assertThat(roots(repo, repo, "tools/readme.md", ".github/workflows/ci.yml")).isEmpty();
  }

  @Test
  void hidden_folders_such_as_terraform_module_caches_are_not_callers() throws Exception {
    Path repo = monorepo(tmp.resolve("repo"));
    // .terraform/modules/net calls envs/prod; were it read, prod would not be a root any more.
    assertThat(roots(repo, repo, "envs/prod/main.tf")).containsExactly("envs/prod");
  }

  @Test
  void a_root_removed_by_the_pull_request_is_found_at_the_base_and_a_renamed_file_counts_in_both_folders() throws Exception {
    Path base = monorepo(tmp.resolve("base"));
    Path head = monorepo(tmp.resolve("head"));
    Files.delete(head.resolve("envs/staging/main.tf"));
    Files.delete(head.resolve("envs/staging/terraform.tfvars"));
    assertThat(roots(base, head, "envs/staging/main.tf")).containsExactly("envs/staging");
    write(head, "envs/qa/main.tf", "resource \"aws_eip\" \"b\" {}\n");
    List<ChangedFile> renamed = List.of(new ChangedFile("envs/qa/main.tf", ChangedFile.Status.RENAMED,
        Optional.of("envs/staging/main.tf")));
    assertThat(ProjectFinder.changedRoots(input(base, head, renamed))).containsExactly("envs/qa", "envs/staging");
  }

  @Test
  void a_module_call_outside_the_repository_is_not_followed() throws Exception {
    Path repo = tmp.resolve("repo");
    write(repo, "app/main.tf", "module \"up\" {\n  source = \"../../outside\"\n}\n");
    write(tmp, "outside/main.tf", "resource \"aws_eip\" \"c\" {}\n");
    assertThat(roots(repo, repo, "app/main.tf")).containsExactly("app");
  }

  @Test
  void a_symbolic_link_out_of_the_checkout_is_not_read() throws Exception {
    Path repo = tmp.resolve("repo");
    write(repo, "app/main.tf", "resource \"aws_eip\" \"a\" {}\n");
    write(tmp, "elsewhere/main.tf", "module \"app\" {\n  source = \"../repo/app\"\n}\n");
    Files.createDirectories(repo.resolve("linked"));
    Files.createSymbolicLink(repo.resolve("linked/main.tf"), tmp.resolve("elsewhere/main.tf"));
    // A file that is a link is not a Terraform file of the checkout: linked/ is no module, no root.
    assertThat(roots(repo, repo, "linked/main.tf")).isEmpty();
    assertThat(roots(repo, repo, "app/main.tf")).containsExactly("app");
  }

  @Test
  void listed_projects_win_over_discovery_and_runner_paths_win_over_both() throws Exception {
    Path repo = monorepo(tmp.resolve("repo"));
    Config config = ConfigFiles.parse(".tollgate.yml", "version: 1\nprojects:\n  - path: envs/prod\n    name: production\n");
    PullRequestInput in = input(repo, repo, List.of(new ChangedFile("modules/network/main.tf", ChangedFile.Status.MODIFIED,
        Optional.empty())));
    PipelineSettings settings = PipelineSettings.of(PriceCatalog.shipped());
    assertThat(ProjectFinder.find(in, config, settings)).extracting(ProjectSpec::name, ProjectSpec::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("production", "envs/prod"));
    assertThat(ProjectFinder.find(in, Config.DEFAULT, settings)).extracting(ProjectSpec::path)
        .containsExactly("envs/prod", "envs/staging");
    assertThat(ProjectFinder.find(in, config, settings.withPaths(List.of("./envs/prod/", " modules/unused"), Optional.empty())))
        .extracting(ProjectSpec::name).containsExactly("production", "modules/unused");
  }

  static void write(Path root, String relative, String text) throws Exception {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
