package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Terraform's hash functions. {@code uuid()} and {@code bcrypt()} differ on every run and
 * {@code rsadecrypt()} needs a private key no pull request should hold, so they are unknown.
 */
final class HashFunctions {

  private HashFunctions() {}

  static void register(Map<String, Functions.Def> m) {
    for (String[] alg : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha256", "SHA-256"}, {"sha512", "SHA-512"}}) {
      Functions.add(m, alg[0], 1, 1, (a, f) -> Conv.str(HexFormat.of().formatHex(digest(alg[1], EncodingFunctions.utf8(a.get(0))))));
      Functions.add(m, "file" + alg[0], 1, 1, (a, f) -> Conv.str(HexFormat.of().formatHex(digest(alg[1], f.read(Conv.string(a.get(0)))))));
    }
    Function<byte[], String> b64 = b -> Base64.getEncoder().encodeToString(b);
    Functions.add(m, "base64sha256", 1, 1, (a, f) -> Conv.str(b64.apply(digest("SHA-256", EncodingFunctions.utf8(a.get(0))))));
    Functions.add(m, "base64sha512", 1, 1, (a, f) -> Conv.str(b64.apply(digest("SHA-512", EncodingFunctions.utf8(a.get(0))))));
    Functions.add(m, "filebase64sha256", 1, 1, (a, f) -> Conv.str(b64.apply(digest("SHA-256", f.read(Conv.string(a.get(0)))))));
    Functions.add(m, "filebase64sha512", 1, 1, (a, f) -> Conv.str(b64.apply(digest("SHA-512", f.read(Conv.string(a.get(0)))))));
    Functions.add(m, "uuid", 0, 0, (a, f) -> Value.UNKNOWN);
    Functions.add(m, "bcrypt", 1, 2, (a, f) -> Value.UNKNOWN);
    Functions.add(m, "rsadecrypt", 2, 2, (a, f) -> Value.UNKNOWN);
    Functions.add(m, "uuidv5", 2, 2, (a, f) -> Conv.str(uuidv5(Conv.string(a.get(0)), Conv.string(a.get(1)))));
  }

  static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  private static String uuidv5(String namespace, String name) {
    UUID ns;
    switch (namespace) {
      case "dns": ns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"); break;
      case "url": ns = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"); break;
      case "oid": ns = UUID.fromString("6ba7b812-9dad-11d1-80b4-00c04fd430c8"); break;
      case "x500": ns = UUID.fromString("6ba7b814-9dad-11d1-80b4-00c04fd430c8"); break;
      default:
        try {
          ns = UUID.fromString(namespace);
        } catch (IllegalArgumentException e) {
          throw new FnException("uuidv5() namespace must be dns, url, oid, x500 or a UUID");
        }
    }
    ByteBuffer buf = ByteBuffer.allocate(16);
    buf.putLong(ns.getMostSignificantBits()).putLong(ns.getLeastSignificantBits());
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[16 + nameBytes.length];
    System.arraycopy(buf.array(), 0, input, 0, 16);
    System.arraycopy(nameBytes, 0, input, 16, nameBytes.length);
    byte[] h = digest("SHA-1", input);
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    ByteBuffer out = ByteBuffer.wrap(h, 0, 16);
    return new UUID(out.getLong(), out.getLong()).toString();
  }
}
