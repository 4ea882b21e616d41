package dev.tollgate.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking hostile repository archives: zip-slip, symbolic links, zip bombs and oversized downloads. */
class ArchivesTest {

  static final Limits SMALL = new Limits(1 << 20, 1 << 20, 1 << 20, 50);

  @TempDir Path tmp;

  /** Builds a zip; an entry named {@code link:NAME->TARGET} is a unix symbolic link. */
  Path zip(String... namesAndContents) throws IOException {
    Path file = tmp.resolve("archive-" + System.nanoTime() + ".zip");
    try (OutputStream out = Files.newOutputStream(file); ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        String name = namesAndContents[i];
        byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipArchiveEntry e = new ZipArchiveEntry(name.startsWith("link:") ? name.substring(5).split("->")[0] : name);
        if (name.startsWith("link:")) {
          e.setUnixMode(0120777);
        }
        z.putArchiveEntry(e);
        z.write(content);
        z.closeArchiveEntry();
      }
    }
    return file;
  }

  @Test
  void a_plain_archive_unpacks_below_its_top_folder() throws Exception {
    Path zip = zip("acme-infra-abc123/", "", "acme-infra-abc123/main.tf", "resource \"aws_instance\" \"a\" {}\n",
        "acme-infra-abc123/modules/vpc/main.tf", "# vpc\n");
    Snapshot s = Archives.unzip(zip, tmp.resolve("out"), SMALL, true);
    assertThat(s.files()).isEqualTo(2);
    assertThat(s.bytes()).isEqualTo(31 + 6);
    assertThat(s.skipped()).isEmpty();
    assertThat(tmp.resolve("out/modules/vpc/main.tf")).hasContent("# vpc");
  }

  @Test
  void an_entry_climbing_out_with_dot_dot_refuses_the_whole_archive() throws Exception {
    Path zip = zip("repo-sha/main.tf", "ok\n", "repo-sha/../../evil.sh", "rm -rf /\n");
    assertThatThrownBy(() -> Archives.unzip(zip, tmp.resolve("out"), SMALL, true))
        .isInstanceOf(VcsException.UnsafeArchive.class)
        .hasMessage("the archive entry 'repo-sha/../../evil.sh' points outside the folder it unpacks into; refusing the archive");
    assertThat(tmp.resolve("evil.sh")).doesNotExist();
    assertThat(tmp.getParent().resolve("evil.sh")).doesNotExist();
  }

  @Test
  void absolute_and_backslash_and_drive_letter_entries_are_refused() throws Exception {
    for (String evil : new String[] {"repo//etc/cron.d/x", "repo/..\\..\\evil.tf", "repo/C:/Windows/x", "/abs.tf"}) {
      Path out = tmp.resolve("out-" + Math.abs(evil.hashCode()));
      assertThatThrownBy(() -> Archives.unzip(zip(evil, "x"), out, SMALL, !evil.startsWith("/")))
          .as(evil).isInstanceOf(VcsException.UnsafeArchive.class);
    }
  }

  @Test
  void symbolic_links_are_not_created_and_are_listed_as_skipped() throws Exception {
    Path zip = zip("repo/main.tf", "ok\n", "link:repo/secrets.tf->/etc/passwd", "/etc/passwd",
        "link:repo/modules->../../..", "../../..");
    Snapshot s = Archives.unzip(zip, tmp.resolve("out"), SMALL, true);
    assertThat(s.files()).isEqualTo(1);
    assertThat(s.skipped()).containsExactly("secrets.tf: symbolic link, not followed", "modules: symbolic link, not followed");
    assertThat(tmp.resolve("out/secrets.tf")).doesNotExist();
    assertThat(Files.isSymbolicLink(tmp.resolve("out/modules"))).isFalse();
    assertThat(tmp.resolve("out/modules")).doesNotExist();
  }

  @Test
  void an_archive_that_inflates_past_the_limit_is_refused() throws Exception {
    // 2 MiB of zeros deflate to about 2 KiB: the declared sizes are not what is checked, the bytes written are.
    Path zip = zip("repo/bomb.tf", "0".repeat(2 << 20));
    assertThat(Files.size(zip)).isLessThan(20_000);
    assertThatThrownBy(() -> Archives.unzip(zip, tmp.resolve("out"), SMALL, true))
        .isInstanceOf(VcsException.TooLarge.class)
        .hasMessage("the archive unpacks to more than 1048576 bytes, the most Tollgate unpacks");
  }

  @Test
  void too_many_entries_are_refused() throws Exception {
    String[] entries = new String[2 * 51];
    for (int i = 0; i < 51; i++) {
      entries[2 * i] = "repo/f" + i + ".tf";
      entries[2 * i + 1] = "";
    }
    assertThatThrownBy(() -> Archives.unzip(zip(entries), tmp.resolve("out"), SMALL, true))
        .isInstanceOf(VcsException.TooLarge.class)
        .hasMessage("the archive has more than 50 entries, the most Tollgate unpacks");
  }

  @Test
  void a_download_over_the_limit_stops_at_the_limit() throws Exception {
    Path file = tmp.resolve("download.zip");
    assertThatThrownBy(() -> Archives.download(new ByteArrayInputStream(new byte[300_000]), file, 200_000, "the archive of acme/infra"))
        .isInstanceOf(VcsException.TooLarge.class)
        .hasMessage("the archive of acme/infra is larger than 200000 bytes, the most Tollgate downloads");
    assertThat(Files.size(file)).isLessThanOrEqualTo(200_000);
    assertThat(Archives.download(new ByteArrayInputStream(new byte[200_000]), file, 200_000, "x")).isEqualTo(200_000);
  }

  @Test
  void the_same_entry_twice_is_refused_rather_than_overwritten() throws Exception {
    Path zip = zip("repo/main.tf", "first\n", "repo/main.tf", "second\n");
    assertThatThrownBy(() -> Archives.unzip(zip, tmp.resolve("out"), SMALL, true))
        .isInstanceOf(VcsException.UnsafeArchive.class);
    assertThat(tmp.resolve("out/main.tf")).hasContent("first");
  }

  @Test
  void a_folder_that_is_not_empty_is_not_unpacked_into() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.tf"), "x");
    assertThatThrownBy(() -> Archives.unzip(zip("repo/main.tf", "x"), out, SMALL, true)).isInstanceOf(IOException.class);
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s).hasSize(1);
    }
  }

  @Test
  void a_file_that_is_not_a_zip_is_an_unsafe_archive() throws Exception {
    Path junk = Files.writeString(tmp.resolve("junk.zip"), "<html>rate limited</html>");
    assertThatThrownBy(() -> Archives.unzip(junk, tmp.resolve("out"), SMALL, true))
        .isInstanceOf(VcsException.UnsafeArchive.class)
        .hasMessageStartingWith("the archive is not a readable zip file");
  }
}
