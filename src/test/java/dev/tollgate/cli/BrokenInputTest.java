package dev.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.support.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that are not plans: each gives exit code 2 and one line naming the file and what is wrong,
 * never a stack trace.
 */
class BrokenInputTest {

  @TempDir static Path dir;

  static Stream<Arguments> inputs() throws IOException {
    return Stream.of(
        input("empty.json", new byte[0], "the file is empty"),
        input("truncated.json", "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"a".getBytes(StandardCharsets.UTF_8), "ends early"),
        input("binary.bin", binary(), "binary data"),
        input("plan.tfplan", zip(), "binary Terraform plan"),
        input("state.json", "{\"version\":4,\"terraform_version\":\"1.5.0\",\"serial\":3,\"lineage\":\"x\",\"outputs\":{},\"resources\":[]}".getBytes(StandardCharsets.UTF_8), "Terraform state, not a plan"),
        input("show-state.json", "{\"format_version\":\"1.0\",\"terraform_version\":\"1.5.0\",\"values\":{\"root_module\":{}}}".getBytes(StandardCharsets.UTF_8), "Terraform state, not a plan"),
        input("wrong-types.json", "{\"format_version\":\"1.2\",\"resource_changes\":{\"a\":1}}".getBytes(StandardCharsets.UTF_8), "resource_changes: expected an array, found an object"),
        input("wrong-actions.json", "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"a.b\",\"type\":\"a\",\"change\":{\"actions\":\"create\"}}]}".getBytes(StandardCharsets.UTF_8), "resource_changes[0].change.actions: expected an array, found a string"),
        input("deep.json", ("{\"resource_changes\":[{\"address\":\"a.b\",\"type\":\"t\",\"change\":{\"actions\":[\"create\"],\"after\":"
            + "[".repeat(5000) + "]".repeat(5000) + "}}]}").getBytes(StandardCharsets.UTF_8), "nested deeper than"),
        input("array.json", "[1,2,3]".getBytes(StandardCharsets.UTF_8), "starts with a JSON array"),
        input("random.json", "{\"name\":\"not a plan\",\"items\":[1,2]}".getBytes(StandardCharsets.UTF_8), "not a Terraform plan"),
        input("text.txt", "Error: Terraform exited with code 1\n".getBytes(StandardCharsets.UTF_8), "expected a Terraform plan JSON object"),
        input("trailing.json", "{\"resource_changes\":[]}\nsome trailing words\n".getBytes(StandardCharsets.UTF_8), "unexpected text after the plan"),
        input("bad-utf16.json", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00}, "not valid UTF-16LE"),
        Arguments.of("garbage-50mb.bin", garbage50Mb(), "binary data"),
        Arguments.of("missing.json", dir.resolve("missing.json"), "no such file"),
        Arguments.of("a-directory", Files.createDirectories(dir.resolve("a-directory")), "holds no Terraform configuration"));
  }

  private static Arguments input(String name, byte[] content, String expected) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return Arguments.of(name, p, expected);
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    b[0] = 0x13;
    return b;
  }

  private static byte[] zip() {
    return new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
  }

  private static Path garbage50Mb() throws IOException {
    Path p = dir.resolve("garbage-50mb.bin");
    Random random = new Random(42);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(p)) {
      for (int i = 0; i < 50; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void broken_input_gives_exit_2_and_one_line_naming_the_file(String name, Path file, String expected) {
    Run run = Run.of("estimate", "--path", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains(file.toString()).contains("error:").contains(expected);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
