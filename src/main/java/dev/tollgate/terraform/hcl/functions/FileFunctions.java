package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;

/**
 * Terraform's filesystem functions. Reading goes through {@link FileAccess}, which keeps to the
 * repository; the path functions work on the text alone and never look at the disk.
 */
final class FileFunctions {

  private FileFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "file", 1, 1, (a, f) -> Conv.str(text(f.read(Conv.string(a.get(0))), Conv.string(a.get(0)))));
    Functions.add(m, "filebase64", 1, 1, (a, f) -> Conv.str(Base64.getEncoder().encodeToString(f.read(Conv.string(a.get(0))))));
    Functions.add(m, "fileexists", 1, 1, (a, f) -> Value.of(f.exists(Conv.string(a.get(0)))));
    Functions.add(m, "fileset", 2, 2, (a, f) ->
        Conv.set(f.glob(Conv.string(a.get(0)), Conv.string(a.get(1))).stream().map(Conv::str).toList()));
    Functions.add(m, "templatefile", 2, 2, (a, f) -> f.template(Conv.string(a.get(0)), a.get(1)));
    Functions.add(m, "basename", 1, 1, (a, f) -> Conv.str(basename(Conv.string(a.get(0)))));
    Functions.add(m, "dirname", 1, 1, (a, f) -> Conv.str(dirname(Conv.string(a.get(0)))));
    Functions.add(m, "pathexpand", 1, 1, (a, f) -> a.get(0));
    Functions.add(m, "abspath", 1, 1, (a, f) -> a.get(0));
  }

  static String text(byte[] bytes, String path) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new FnException(path + " is not UTF-8 text; use filebase64() for binary files");
    }
  }

  static String basename(String p) {
    String s = p;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = s.lastIndexOf('/');
    return s.isEmpty() ? "." : slash < 0 || s.equals("/") ? s : s.substring(slash + 1);
  }

  static String dirname(String p) {
    int slash = p.lastIndexOf('/');
    if (slash < 0) {
      return ".";
    }
    String d = p.substring(0, slash);
    return d.isEmpty() ? "/" : d;
  }
}
