package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.ci.CiEnvironment;
import dev.tollgate.ci.StepOutputs;
import dev.tollgate.model.Verdict;
import dev.tollgate.pipeline.PipelineOutcome;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The GitHub Action, the Docker image and the GitLab template, checked as files (no Docker engine
 * runs here): every action input is documented and reaches `tollgate ci`; every output is written;
 * the image runs the jar its own Maven stage built, as a non-root user; the GitLab template runs the
 * same command on merge request pipelines; the README's workflow uses only inputs the action has.
 */
class PackagingTest {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final String JAR = "/opt/tollgate/tollgate.jar";

  static JsonNode yaml(String file) throws Exception {
    return YAML.readTree(Files.readString(Path.of(file)));
  }

  static List<String> names(JsonNode map) {
    List<String> out = new ArrayList<>();
    map.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void the_action_is_a_docker_action_built_from_the_dockerfile() throws Exception {
    JsonNode action = yaml("action.yml");
    assertThat(action.path("runs").path("using").asText()).isEqualTo("docker");
    assertThat(action.path("runs").path("image").asText()).isEqualTo("Dockerfile");
    assertThat(action.path("name").asText()).isNotBlank();
    assertThat(action.path("description").asText()).isNotBlank();
  }

  @Test
  void every_input_is_documented_and_reaches_the_ci_command() throws Exception {
    JsonNode inputs = yaml("action.yml").path("inputs");
    assertThat(names(inputs)).contains("path", "config", "usage-file", "github-token", "behavior", "currency");
    for (String name : names(inputs)) {
      assertThat(inputs.path(name).path("description").asText()).as(name).hasSizeGreaterThan(20);
      if (name.equals("github-token")) {
        continue;
      }
      // As the Actions runner passes it: INPUT_ and the name in capitals, hyphens kept.
      String value = name.equals("dry-run") ? "true" : "value-of-" + name;
      CiCommand cmd = new CiCommand();
      CommandLine cli = new CommandLine(cmd);
      cli.setDefaultValueProvider(CiCommand.actionInputs(Map.of("GITHUB_ACTIONS", "true", "INPUT_" + name.toUpperCase(), value)));
      cli.parseArgs();
      CommandLine.Model.OptionSpec option = cli.getCommandSpec().findOption("--" + name);
      assertThat(option).as("tollgate ci has no --" + name + " for the input " + name).isNotNull();
      Object read = option.getValue();
      assertThat(read instanceof List ? ((List<?>) read).get(0) : String.valueOf(read)).as(name).isEqualTo(value);
    }
    assertThat(inputs.path("github-token").path("default").asText()).isEqualTo("${{ github.token }}");
    CiCommand several = new CiCommand();
    CommandLine cli = new CommandLine(several);
    cli.setDefaultValueProvider(CiCommand.actionInputs(Map.of("GITHUB_ACTIONS", "true", "INPUT_PATH", "infra/prod, infra/staging")));
    cli.parseArgs();
    assertThat(several.paths).containsExactly("infra/prod", " infra/staging");
    CiCommand flagWins = new CiCommand();
    cli = new CommandLine(flagWins);
    cli.setDefaultValueProvider(CiCommand.actionInputs(Map.of("GITHUB_ACTIONS", "true", "INPUT_BEHAVIOR", "new")));
    cli.parseArgs("--behavior", "hide-and-new");
    assertThat(flagWins.behavior).isEqualTo("hide-and-new");
  }

  @Test
  void the_token_input_is_the_token_tollgate_ci_uses() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_EVENT_NAME", "pull_request");
    Path event = Files.createTempFile("event", ".json");
    Files.writeString(event, "{\"pull_request\":{\"number\":3,\"base\":{\"sha\":\"aaaaaaa\",\"ref\":\"main\",\"repo\":{\"full_name\":\"a/b\"}},"
        + "\"head\":{\"sha\":\"bbbbbbb\",\"ref\":\"f\",\"repo\":{\"full_name\":\"a/b\"}}}}");
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("INPUT_GITHUB-TOKEN", "from-the-input");
    env.put("GITHUB_TOKEN", "from-the-environment");
    assertThat(CiEnvironment.read(env).token()).contains("from-the-input");
    Files.delete(event);
  }

  @Test
  void every_output_is_documented_and_written() throws Exception {
    JsonNode outputs = yaml("action.yml").path("outputs");
    PipelineOutcome o = new PipelineOutcome("abc1234", "USD", List.of(new PipelineOutcome.Total("infra", new BigDecimal("8.392"),
        new BigDecimal("70.88"))), Verdict.Level.WARN, true, 0, List.of(), PipelineOutcome.Comment.CREATED, "body");
    assertThat(names(outputs)).containsExactlyInAnyOrderElementsOf(StepOutputs.of(o).keySet())
        .contains("past-monthly-cost", "monthly-cost", "diff-monthly-cost", "verdict");
    for (String name : names(outputs)) {
      assertThat(outputs.path(name).path("description").asText()).as(name).isNotBlank();
    }
  }

  @Test
  void the_image_runs_the_jar_of_its_own_maven_stage_as_a_non_root_user() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(froms).hasSize(2);
    assertThat(froms.get(0)).matches("FROM maven:[^ ]*temurin-17 AS build");
    assertThat(froms.get(1)).matches("FROM eclipse-temurin:17-jre[^ ]*");
    int runtime = lines.indexOf(froms.get(1));
    assertThat(lines.subList(0, runtime)).anyMatch(l -> l.startsWith("RUN mvn ") && l.endsWith(" package"));
    // The shaded jar is what the pom's package phase writes; the image copies exactly that file.
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).contains("<outputFile>${project.build.directory}/tollgate.jar</outputFile>");
    assertThat(lines.subList(runtime, lines.size())).contains("COPY --from=build /src/target/tollgate.jar " + JAR);
    List<String> users = lines.subList(runtime, lines.size()).stream().filter(l -> l.startsWith("USER ")).toList();
    assertThat(users).isNotEmpty();
    String user = users.get(users.size() - 1).substring(5).split(":")[0];
    assertThat(user).isNotIn("root", "0");
    String entry = lines.get(lines.size() - 1);
    assertThat(entry).startsWith("ENTRYPOINT ");
    List<String> argv = List.of(new ObjectMapper().readValue(entry.substring("ENTRYPOINT ".length()), String[].class));
    assertThat(argv.get(0)).isEqualTo("java");
    assertThat(argv.subList(argv.size() - 3, argv.size())).containsExactly("-jar", JAR, "ci");
    assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("*", "!pom.xml", "!src/main");
  }

  @Test
  void the_gitlab_template_runs_the_same_command_on_merge_request_pipelines() throws Exception {
    JsonNode template = yaml("ci/gitlab/tollgate.gitlab-ci.yml");
    JsonNode job = template.path("tollgate");
    assertThat(job.path("image").path("name").asText()).isEqualTo("$TOLLGATE_IMAGE");
    assertThat(template.path("variables").path("TOLLGATE_IMAGE").asText()).isNotBlank();
    assertThat(job.path("image").path("entrypoint").get(0).asText()).isEmpty();
    assertThat(job.path("rules").get(0).path("if").asText()).isEqualTo("$CI_PIPELINE_SOURCE == \"merge_request_event\"");
    assertThat(job.path("variables").path("GIT_DEPTH").asText()).isEqualTo("0");
    String entry = Files.readAllLines(Path.of("Dockerfile")).stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
    String command = String.join(" ", new ObjectMapper().readValue(entry.substring("ENTRYPOINT ".length()), String[].class));
    assertThat(job.path("script").get(0).asText()).isEqualTo(command + " $TOLLGATE_ARGS");
  }

  @Test
  void the_readme_workflow_uses_the_action_with_inputs_it_has() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("```yaml\n(# \\.github/workflows/[^\n]*\n.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("the README has a workflow example starting # .github/workflows/...").isTrue();
    JsonNode workflow = YAML.readTree(m.group(1));
    assertThat(workflow.path("on").has("pull_request")).isTrue();
    List<String> inputs = names(yaml("action.yml").path("inputs"));
    boolean found = false;
    for (Iterator<JsonNode> jobs = workflow.path("jobs").elements(); jobs.hasNext(); ) {
      for (JsonNode step : jobs.next().path("steps")) {
        if (step.path("uses").asText().matches("[^/]+/tollgate@v1")) {
          found = true;
          assertThat(inputs).containsAll(names(step.path("with")));
        }
      }
    }
    assertThat(found).as("a step uses OWNER/tollgate@v1").isTrue();
  }
}
