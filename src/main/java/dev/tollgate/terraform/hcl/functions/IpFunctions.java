package dev.tollgate.terraform.hcl.functions;

import dev.tollgate.model.Value;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Terraform's IP network functions, for IPv4 and IPv6, without any name lookup. */
final class IpFunctions {

  private static final Pattern LITERAL = Pattern.compile("^[0-9a-fA-F:.]+$");

  private IpFunctions() {}

  /** A parsed prefix: the network address as a number, its width in bits and the prefix length. */
  record Cidr(BigInteger base, int bits, int prefix) {
    static Cidr parse(String s) {
      int slash = s.indexOf('/');
      if (slash < 0) {
        throw new FnException("\"" + Conv.abbreviate(s) + "\" is not a CIDR prefix such as 10.0.0.0/16");
      }
      byte[] addr = address(s.substring(0, slash));
      int bits = addr.length * 8;
      int prefix;
      try {
        prefix = Integer.parseInt(s.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new FnException("\"" + Conv.abbreviate(s) + "\" has no valid prefix length");
      }
      if (prefix < 0 || prefix > bits) {
        throw new FnException("prefix length " + prefix + " is out of range in \"" + s + "\"");
      }
      BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
      return new Cidr(new BigInteger(1, addr).and(mask), bits, prefix);
    }

    String format(BigInteger n) {
      byte[] raw = n.toByteArray();
      byte[] out = new byte[bits / 8];
      for (int i = 0; i < Math.min(raw.length, out.length); i++) {
        out[out.length - 1 - i] = raw[raw.length - 1 - i];
      }
      try {
        String s = InetAddress.getByAddress(out).getHostAddress();
        return bits == 128 ? compress(s) : s;
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static byte[] address(String s) {
    // InetAddress would look a host name up in DNS; only literal addresses get that far.
    if (!LITERAL.matcher(s).matches() || (!s.contains(":") && s.split("\\.", -1).length != 4)) {
      throw new FnException("\"" + Conv.abbreviate(s) + "\" is not an IP address");
    }
    try {
      return InetAddress.getByName(s).getAddress();
    } catch (UnknownHostException e) {
      throw new FnException("\"" + Conv.abbreviate(s) + "\" is not an IP address");
    }
  }

  private static String compress(String full) {
    String s = full.replaceAll("(^|:)0+([0-9a-f])", "$1$2");
    String best = null;
    for (String run = ":0:0:0:0:0:0:0:0:"; run.length() > 4; run = run.substring(2)) {
      if ((":" + s + ":").contains(run)) {
        best = run;
        break;
      }
    }
    if (best == null) {
      return s;
    }
    String r = (":" + s + ":").replaceFirst(best, "::");
    r = r.startsWith("::") ? r : r.substring(1);
    return r.endsWith("::") ? r : r.substring(0, r.length() - 1);
  }

  static void register(Map<String, Functions.Def> m) {
    Functions.add(m, "cidrhost", 2, 2, (a, f) -> {
      Cidr c = Cidr.parse(Conv.string(a.get(0)));
      BigInteger host = new BigInteger(Conv.number(a.get(1)).toBigInteger().toString());
      BigInteger size = BigInteger.ONE.shiftLeft(c.bits() - c.prefix());
      if (host.signum() < 0) {
        host = size.add(host);
      }
      if (host.signum() < 0 || host.compareTo(size) >= 0) {
        throw new FnException("cidrhost() host number " + a.get(1) + " does not fit in " + a.get(0));
      }
      return Conv.str(c.format(c.base().add(host)));
    });
    Functions.add(m, "cidrnetmask", 1, 1, (a, f) -> {
      Cidr c = Cidr.parse(Conv.string(a.get(0)));
      if (c.bits() != 32) {
        throw new FnException("cidrnetmask() works on IPv4 prefixes only");
      }
      BigInteger all = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
      return Conv.str(c.format(all.shiftRight(c.prefix()).xor(all)));
    });
    Functions.add(m, "cidrsubnet", 3, 3, (a, f) -> Conv.str(subnet(Cidr.parse(Conv.string(a.get(0))),
        Conv.integer(a.get(1)), new BigInteger(Conv.number(a.get(2)).toBigInteger().toString()))));
    Functions.add(m, "cidrsubnets", 1, -1, (a, f) -> subnets(Cidr.parse(Conv.string(a.get(0))), a.subList(1, a.size())));
  }

  private static String subnet(Cidr c, int newbits, BigInteger num) {
    int prefix = c.prefix() + newbits;
    if (newbits < 0 || prefix > c.bits()) {
      throw new FnException("cidrsubnet() cannot add " + newbits + " bits to a /" + c.prefix());
    }
    if (num.signum() < 0 || num.bitLength() > newbits) {
      throw new FnException("cidrsubnet() network number " + num + " does not fit in " + newbits + " bits");
    }
    BigInteger base = c.base().or(num.shiftLeft(c.bits() - prefix));
    return c.format(base) + "/" + prefix;
  }

  private static Value subnets(Cidr c, List<Value> sizes) {
    List<Value> out = new ArrayList<>();
    BigInteger next = c.base();
    BigInteger end = c.base().add(BigInteger.ONE.shiftLeft(c.bits() - c.prefix()));
    for (Value v : sizes) {
      int newbits = Conv.integer(v);
      int prefix = c.prefix() + newbits;
      if (newbits < 1 || prefix > c.bits()) {
        throw new FnException("cidrsubnets() cannot add " + newbits + " bits to a /" + c.prefix());
      }
      BigInteger size = BigInteger.ONE.shiftLeft(c.bits() - prefix);
      BigInteger aligned = next.add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
      if (aligned.add(size).compareTo(end) > 0) {
        throw new FnException("cidrsubnets() ran out of room in " + c.format(c.base()) + "/" + c.prefix());
      }
      out.add(Conv.str(c.format(aligned) + "/" + prefix));
      next = aligned.add(size);
    }
    return Conv.list(out);
  }
}
