package dev.tollgate.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.ChangeSet;
import dev.tollgate.model.InputException;
import dev.tollgate.model.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HCL from a pull request is hostile: file functions read inside the repository root only (no
 * {@code ..} out, no absolute path, no symbolic link out), and a huge {@code range} or a module that
 * calls itself stops with a clean error. A refused read leaves the value unknown with a note, so an
 * example that reads {@code ~/.ssh/id_rsa.pub} is still priced; nothing outside is ever read.
 */
class SandboxTest {

  private static final String SECRET = "TOP-SECRET-42";

  @TempDir Path tmp;
  Path repo;
  Path outside;

  @BeforeEach
  void layout() throws Exception {
    repo = Files.createDirectories(tmp.resolve("repo"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), SECRET);
    Files.writeString(outside.resolve("main.tf"), "resource \"aws_instance\" \"stolen\" {\n  instance_type = \"" + SECRET + "\"\n}\n");
    Files.writeString(repo.resolve("inside.txt"), "hello");
  }

  private ChangeSet load(String main) throws Exception {
    Files.writeString(repo.resolve("main.tf"), main);
    return new HclLoader(LoaderOptions.defaults().withRepoRoot(repo)).load(repo);
  }

  private static String everything(ChangeSet cs) {
    return cs.changes().toString() + cs.notes();
  }

  private void assertRefused(String expr, String why) throws Exception {
    ChangeSet cs = load("resource \"t\" \"x\" {\n  v = " + expr + "\n}\n");
    assertThat(CorpusRoots.byAddress(cs).get("t.x").attributes().get("v")).as(expr).isEqualTo(Value.UNKNOWN);
    assertThat(cs.notes()).as(expr).anyMatch(n -> n.startsWith(repo.resolve("main.tf") + ":2:") && n.contains("refused: ")
        && n.contains(why) && n.contains("nothing was read"));
    assertThat(everything(cs)).doesNotContain(SECRET);
  }

  @Test
  void files_inside_the_repository_are_read() throws Exception {
    ChangeSet cs = load("resource \"t\" \"x\" {\n  v = file(\"inside.txt\")\n  w = fileexists(\"${path.module}/inside.txt\")\n}\n");
    assertThat(CorpusRoots.byAddress(cs).get("t.x").attributes().string("v")).contains("hello");
    assertThat(CorpusRoots.byAddress(cs).get("t.x").attributes().bool("w")).contains(true);
  }

  @Test
  void dot_dot_out_of_the_repository_is_refused() throws Exception {
    assertRefused("file(\"../outside/secret.txt\")", "is outside the repository");
    assertRefused("file(\"../../etc/passwd\")", "is outside the repository");
    assertRefused("filemd5(\"sub/../../outside/secret.txt\")", "is outside the repository");
  }

  @Test
  void absolute_and_home_paths_are_refused() throws Exception {
    assertRefused("file(\"/etc/passwd\")", "is an absolute path");
    assertRefused("file(\"" + outside.resolve("secret.txt") + "\")", "is an absolute path");
    assertRefused("fileexists(\"~/.ssh/id_rsa.pub\")", "is an absolute path");
    assertRefused("templatefile(\"/etc/hosts\", {})", "is an absolute path");
  }

  @Test
  void a_symbolic_link_that_leads_out_is_refused() throws Exception {
    Files.createSymbolicLink(repo.resolve("link.txt"), outside.resolve("secret.txt"));
    assertRefused("file(\"link.txt\")", "symbolic link that leads out of the repository");
    Files.createSymbolicLink(repo.resolve("linkdir"), outside);
    assertRefused("file(\"linkdir/secret.txt\")", "symbolic link that leads out of the repository");
  }

  @Test
  void module_sources_outside_the_repository_or_through_links_out_are_not_read() throws Exception {
    Files.createSymbolicLink(repo.resolve("linkdir"), outside);
    ChangeSet cs = load("module \"a\" {\n  source = \"../outside\"\n}\nmodule \"b\" {\n  source = \"./linkdir\"\n}\n");
    assertThat(cs.changes()).isEmpty();
    assertThat(cs.notes()).anyMatch(n -> n.contains("module.a: source \"../outside\" is outside the repository; it was not read"));
    assertThat(cs.notes()).anyMatch(n -> n.contains("module.b: source \"./linkdir\" is outside the repository; it was not read"));
    assertThat(everything(cs)).doesNotContain(SECRET);
  }

  @Test
  void a_module_that_calls_itself_is_a_clean_error() throws Exception {
    assertThatThrownBy(() -> load("module \"again\" {\n  source = \"./\"\n}\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(repo.resolve("main.tf") + ":1:1: error: module \"again\" calls " + repo
            + ", which is already being evaluated above it: a module cannot call itself");
    Files.createDirectories(repo.resolve("a"));
    Files.createDirectories(repo.resolve("b"));
    Files.writeString(repo.resolve("a/main.tf"), "module \"b\" {\n  source = \"../b\"\n}\n");
    Files.writeString(repo.resolve("b/main.tf"), "module \"a\" {\n  source = \"../a\"\n}\n");
    assertThatThrownBy(() -> load("module \"a\" {\n  source = \"./a\"\n}\n"))
        .isInstanceOf(InputException.class).hasMessageContaining("a module cannot call itself");
  }

  @Test
  void a_huge_range_is_a_clean_error() throws Exception {
    assertThatThrownBy(() -> load("locals {\n  n = range(1e9)\n}\nresource \"t\" \"x\" {\n  count = length(local.n)\n}\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(repo.resolve("main.tf") + ":2:7: error: range() would produce 1000000000 numbers; Tollgate stops at 100000");
  }

  @Test
  void a_huge_count_and_a_string_bomb_are_clean_errors() throws Exception {
    assertThatThrownBy(() -> load("resource \"t\" \"x\" {\n  count = 1e7\n}\n"))
        .isInstanceOf(InputException.class).hasMessageContaining("more than 50000 resource instances");
    assertThatThrownBy(() -> load("locals {\n  a = join(\"\", [for i in range(99999) : \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"])\n}\nresource \"t\" \"x\" {\n  v = local.a\n}\n"))
        .isInstanceOf(InputException.class).hasMessageContaining("longer than 4194304 characters");
  }

  @Test
  void nested_loops_over_large_ranges_stop_at_the_budget_before_memory_runs_out() throws Exception {
    assertThatThrownBy(() -> load("locals {\n  a = [for i in range(100000) : range(100000)]\n}\nresource \"t\" \"x\" {\n  v = length(local.a)\n}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("evaluation took more than 10000000 steps (values built count too)");
  }

  @Test
  void evaluation_stops_at_its_time_limit() throws Exception {
    Files.writeString(repo.resolve("main.tf"), """
        locals {
          a = [for i in range(90000) : [for j in range(90000) : i * j]]
        }
        resource "t" "x" {
          v = length(local.a)
        }
        """);
    HclLoader loader = new HclLoader(LoaderOptions.defaults().withRepoRoot(repo)
        .withLimits(new Limits(Duration.ofMillis(300), 32, 50_000, 50_000_000L)));
    assertThatThrownBy(() -> loader.load(repo)).isInstanceOf(InputException.class)
        .hasMessageContaining("evaluation took longer than 0 s");
  }

  @Test
  void a_local_that_refers_to_itself_is_a_note_not_a_hang() throws Exception {
    ChangeSet cs = load("locals {\n  a = local.b\n  b = local.a\n}\nresource \"t\" \"x\" {\n  v = local.a\n}\n");
    assertThat(CorpusRoots.byAddress(cs).get("t.x").attributes().get("v")).isEqualTo(Value.UNKNOWN);
    assertThat(cs.notes()).anyMatch(n -> n.contains("local.a depends on itself"));
  }

  @Test
  void without_a_repo_root_the_loader_keeps_to_the_folder_and_the_cli_widens_to_the_git_repository() throws Exception {
    Path mod = Files.createDirectories(repo.resolve("modules/web"));
    Files.writeString(mod.resolve("main.tf"), "resource \"aws_instance\" \"this\" {\n  instance_type = \"t3.micro\"\n}\n");
    Path root = Files.createDirectories(repo.resolve("envs/prod"));
    Files.writeString(root.resolve("main.tf"), "module \"web\" {\n  source = \"../../modules/web\"\n}\n");

    ChangeSet alone = new HclLoader(LoaderOptions.defaults()).load(root);
    assertThat(alone.changes()).isEmpty();
    assertThat(alone.notes()).anyMatch(n -> n.contains("source \"../../modules/web\" is outside the repository"));

    assertThat(HclLoader.repositoryOf(root)).isEqualTo(root.toAbsolutePath());
    Files.createDirectories(repo.resolve(".git"));
    assertThat(HclLoader.repositoryOf(root)).isEqualTo(repo.toAbsolutePath());
    ChangeSet wide = new HclLoader(LoaderOptions.defaults().withRepoRoot(HclLoader.repositoryOf(root))).load(root);
    assertThat(CorpusRoots.byAddress(wide)).containsOnlyKeys("module.web.aws_instance.this");
  }
}
