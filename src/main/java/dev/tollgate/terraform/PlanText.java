package dev.tollgate.terraform;

import dev.tollgate.model.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the JSON in a plan file's bytes: strips byte-order marks, transcodes UTF-16 (PowerShell's
 * {@code >} writes it), skips the noise that hashicorp/setup-terraform's wrapper prints around
 * {@code terraform show -json}, and refuses binary data with a message that says what to run instead.
 *
 * @param json UTF-8 bytes
 * @param start offset of the top-level JSON value in {@code json}
 * @param lineOffset lines skipped before {@code start}, so parse errors can name the file's own line
 */
record PlanText(byte[] json, int start, int lineOffset) {

  private static final String HOW_TO =
      "write the plan as JSON with `terraform show -json plan.tfplan > plan.json`";

  static PlanText of(String name, byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("plan.empty", "the file is empty; " + HOW_TO, name);
    }
    byte[] utf8 = toUtf8(name, bytes);
    return locate(name, utf8);
  }

  private static byte[] toUtf8(String name, byte[] b) throws InputException {
    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      throw new InputException(
          "plan.binary_plan", "this is a binary Terraform plan (a zip file); " + HOW_TO, name);
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      byte[] out = new byte[b.length - 3];
      System.arraycopy(b, 3, out, 0, out.length);
      return requireText(name, out);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return transcode(name, b, 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return transcode(name, b, 2, StandardCharsets.UTF_16BE);
    }
    // UTF-16 without a byte-order mark: ASCII text with every other byte zero.
    if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      return transcode(name, b, 0, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
      return transcode(name, b, 0, StandardCharsets.UTF_16BE);
    }
    return requireText(name, b);
  }

  private static byte[] transcode(String name, byte[] b, int offset, java.nio.charset.Charset cs)
      throws InputException {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, offset, b.length - offset));
      return requireText(name, chars.toString().getBytes(StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new InputException(
          "plan.encoding", "the file starts like " + cs.name() + " text but is not valid " + cs.name(), name);
    }
  }

  /** Binary data has control bytes that JSON text never has outside strings. */
  private static byte[] requireText(String name, byte[] b) throws InputException {
    int probe = Math.min(b.length, 64 * 1024);
    for (int i = 0; i < probe; i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        throw new InputException(
            "plan.binary",
            String.format("this is binary data (byte 0x%02x at offset %d), not plan JSON; %s", c, i, HOW_TO),
            name);
      }
    }
    return b;
  }

  /** Skips blank lines and wrapper noise to the line where the JSON value starts. */
  private static PlanText locate(String name, byte[] b) throws InputException {
    int pos = 0;
    int line = 0;
    while (pos < b.length) {
      int end = pos;
      while (end < b.length && b[end] != '\n') {
        end++;
      }
      int first = pos;
      while (first < end && isSpace(b[first])) {
        first++;
      }
      if (first < end && !isWrapperNoise(b, first, end)) {
        byte c = b[first];
        if (c == '{') {
          return new PlanText(b, first, line);
        }
        String what = c == '[' ? "a JSON array" : "\"" + excerpt(b, first, end) + "\"";
        throw new InputException(
            "plan.not_json_object",
            "expected a Terraform plan JSON object but line " + (line + 1) + " starts with " + what + "; " + HOW_TO,
            name);
      }
      pos = end + 1;
      line++;
    }
    throw new InputException("plan.empty", "the file holds no JSON; " + HOW_TO, name);
  }

  /** Lines hashicorp/setup-terraform's wrapper adds: {@code [command]...}, {@code ::debug::...}. */
  static boolean isWrapperNoise(byte[] b, int from, int to) {
    return startsWith(b, from, to, "[command]") || startsWith(b, from, to, "::");
  }

  private static boolean startsWith(byte[] b, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
  }

  private static String excerpt(byte[] b, int from, int to) {
    int len = Math.min(to - from, 40);
    String s = new String(b, from, len, StandardCharsets.UTF_8).strip();
    return to - from > 40 ? s + "..." : s;
  }

  /** Accepts what may follow the JSON: whitespace and the wrapper's trailer lines ({@code %0A}, {@code ::}). */
  static String unexpectedTrailer(byte[] b, int from) {
    int pos = from;
    while (pos < b.length) {
      int end = pos;
      while (end < b.length && b[end] != '\n') {
        end++;
      }
      int first = pos;
      while (first < end && isSpace(b[first])) {
        first++;
      }
      if (first < end && !isWrapperNoise(b, first, end) && !startsWith(b, first, end, "%0A")) {
        return excerpt(b, first, end);
      }
      pos = end + 1;
    }
    return null;
  }
}
