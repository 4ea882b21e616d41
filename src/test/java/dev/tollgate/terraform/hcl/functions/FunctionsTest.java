package dev.tollgate.terraform.hcl.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.model.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terraform's built-in functions, with the values Terraform's documentation gives for them. */
class FunctionsTest {

  private static Value s(String v) {
    return Value.of(v);
  }

  private static Value n(String v) {
    return new Value.Num(new BigDecimal(v));
  }

  private static Value l(Value... v) {
    return new Value.ListV(Arrays.asList(v));
  }

  private static Value m(String... kv) {
    Map<String, Value> f = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      f.put(kv[i], s(kv[i + 1]));
    }
    return new Value.ObjV(f);
  }

  private static Value call(String name, Value... args) {
    return Functions.call(name, List.of(args), FileAccess.NONE);
  }

  @Test
  void more_than_a_hundred_functions_are_registered() {
    assertThat(Functions.names()).hasSizeGreaterThanOrEqualTo(100)
        .contains("try", "can", "cidrsubnet", "templatefile", "formatdate", "yamldecode", "setproduct", "sha256");
  }

  @Test
  void string_functions() {
    assertThat(call("format", s("%s-%03d-%.2f-%t-%q"), s("web"), n("7"), n("3.14159"), Value.TRUE, s("a"))).isEqualTo(s("web-007-3.14-true-\"a\""));
    assertThat(call("formatlist", s("%s=%s"), l(s("a"), s("b")), s("x"))).isEqualTo(l(s("a=x"), s("b=x")));
    assertThat(call("replace", s("hello world"), s("/o(.)/"), s("0$1"))).isEqualTo(s("hell0 w0rld"));
    assertThat(call("replace", s("a-b"), s("/(a)-(b)/"), s("${2}\\${1}$$"))).isEqualTo(s("b\\a$"));
    assertThat(call("replace", s("1.2.3"), s("."), s("-"))).isEqualTo(s("1-2-3"));
    assertThat(call("regex", s("(?P<k>[a-z]+)=(?P<v>\\d+)"), s("size=42"))).isEqualTo(m("k", "size", "v", "42"));
    assertThat(call("regexall", s("\\d"), s("a1b2"))).isEqualTo(l(s("1"), s("2")));
    assertThat(call("split", s(","), s("a,,b"))).isEqualTo(l(s("a"), s(""), s("b")));
    assertThat(call("substr", s("hello"), n("-3"), n("2"))).isEqualTo(s("ll"));
    assertThat(call("title", s("hello world"))).isEqualTo(s("Hello World"));
    assertThat(call("trim", s("?!hello?!"), s("!?"))).isEqualTo(s("hello"));
    assertThat(call("trimsuffix", s("web-"), s("-"))).isEqualTo(s("web"));
    assertThat(call("indent", n("2"), s("a\nb"))).isEqualTo(s("a\n  b"));
    assertThat(call("chomp", s("x\n\n"))).isEqualTo(s("x"));
    assertThat(call("strrev", s("abc"))).isEqualTo(s("cba"));
  }

  @Test
  void collection_functions() {
    assertThat(call("concat", l(s("a")), l(s("b"), s("c")))).isEqualTo(l(s("a"), s("b"), s("c")));
    assertThat(call("element", l(s("a"), s("b")), n("3"))).isEqualTo(s("b"));
    assertThat(call("flatten", l(l(s("a")), l(l(s("b"))), s("c")))).isEqualTo(l(s("a"), s("b"), s("c")));
    assertThat(call("lookup", m("a", "1"), s("b"), s("dflt"))).isEqualTo(s("dflt"));
    assertThat(call("merge", m("a", "1", "b", "2"), m("b", "3"))).isEqualTo(m("a", "1", "b", "3"));
    assertThat(call("keys", m("b", "1", "a", "2"))).isEqualTo(l(s("a"), s("b")));
    assertThat(call("zipmap", l(s("a"), s("b")), l(s("1"), s("2")))).isEqualTo(m("a", "1", "b", "2"));
    assertThat(call("range", n("1"), n("7"), n("2"))).isEqualTo(l(n("1"), n("3"), n("5")));
    assertThat(call("slice", l(s("a"), s("b"), s("c")), n("1"), n("3"))).isEqualTo(l(s("b"), s("c")));
    assertThat(call("chunklist", l(s("a"), s("b"), s("c")), n("2"))).isEqualTo(l(l(s("a"), s("b")), l(s("c"))));
    assertThat(call("setproduct", l(s("a"), s("b")), l(s("1")))).isEqualTo(l(l(s("a"), s("1")), l(s("b"), s("1"))));
    assertThat(call("toset", l(s("b"), s("a"), s("b")))).isEqualTo(l(s("a"), s("b")));
    assertThat(call("transpose", new Value.ObjV(Map.of("a", l(s("1"), s("2")))))).isEqualTo(new Value.ObjV(Map.of("1", l(s("a")), "2", l(s("a")))));
    assertThat(call("one", l())).isEqualTo(Value.NULL);
    assertThat(call("coalesce", s(""), Value.NULL, s("x"))).isEqualTo(s("x"));
    assertThat(call("sum", l(n("1.5"), n("2")))).isEqualTo(n("3.5"));
  }

  @Test
  void unknowns_flow_through_and_known_lengths_stay_known() {
    assertThat(call("upper", Value.UNKNOWN)).isEqualTo(Value.UNKNOWN);
    assertThat(call("length", l(Value.UNKNOWN, Value.UNKNOWN))).isEqualTo(n("2"));
    assertThat(call("concat", l(s("a")), Value.UNKNOWN)).isEqualTo(Value.UNKNOWN);
    assertThat(call("timestamp")).isEqualTo(Value.UNKNOWN);
    assertThat(call("uuid")).isEqualTo(Value.UNKNOWN);
  }

  @Test
  void numeric_encoding_hash_date_and_network_functions() {
    assertThat(call("max", n("3"), n("9"), n("1"))).isEqualTo(n("9"));
    assertThat(call("pow", n("2"), n("10"))).isEqualTo(n("1024"));
    assertThat(call("parseint", s("ff"), n("16"))).isEqualTo(n("255"));
    assertThat(call("ceil", n("4.1"))).isEqualTo(n("5"));
    assertThat(call("jsonencode", new Value.ObjV(Map.of("b", n("1"), "a", l(Value.TRUE, Value.NULL))))).isEqualTo(s("{\"a\":[true,null],\"b\":1}"));
    assertThat(call("jsondecode", s("{\"a\":[1,\"x\"]}"))).isEqualTo(new Value.ObjV(Map.of("a", l(n("1"), s("x")))));
    assertThat(call("yamldecode", s("a: 1\nb: [x, y]\n"))).isEqualTo(new Value.ObjV(Map.of("a", n("1"), "b", l(s("x"), s("y")))));
    assertThat(call("csvdecode", s("a,b\n1,2\n"))).isEqualTo(l(m("a", "1", "b", "2")));
    assertThat(call("base64encode", s("Hello"))).isEqualTo(s("SGVsbG8="));
    assertThat(call("base64decode", s("SGVsbG8="))).isEqualTo(s("Hello"));
    assertThat(call("urlencode", s("a b&c"))).isEqualTo(s("a%20b%26c"));
    assertThat(call("md5", s("hello world"))).isEqualTo(s("5eb63bbbe01eeed093cb22bb8f5acdc3"));
    assertThat(call("sha256", s("hello world"))).isEqualTo(s("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"));
    assertThat(call("uuidv5", s("dns"), s("www.terraform.io"))).isEqualTo(s("a5008fae-b28c-5ba5-96cd-82b4c53552d6"));
    assertThat(call("cidrsubnet", s("10.1.2.0/24"), n("4"), n("15"))).isEqualTo(s("10.1.2.240/28"));
    assertThat(call("cidrhost", s("10.12.112.0/20"), n("268"))).isEqualTo(s("10.12.113.12"));
    assertThat(call("cidrnetmask", s("172.16.0.0/12"))).isEqualTo(s("255.240.0.0"));
    assertThat(call("cidrsubnets", s("10.1.0.0/16"), n("4"), n("4"), n("8"), n("4")))
        .isEqualTo(l(s("10.1.0.0/20"), s("10.1.16.0/20"), s("10.1.32.0/24"), s("10.1.48.0/20")));
    assertThat(call("cidrsubnet", s("fd00:fd12:3456:7890::/56"), n("16"), n("162"))).isEqualTo(s("fd00:fd12:3456:7800:a200::/72"));
    assertThat(call("formatdate", s("DD MMM YYYY hh:mm ZZZ"), s("2018-01-02T23:12:01Z"))).isEqualTo(s("02 Jan 2018 23:12 UTC"));
    assertThat(call("timeadd", s("2017-11-22T00:00:00Z"), s("10m"))).isEqualTo(s("2017-11-22T00:10:00Z"));
    assertThat(call("timecmp", s("2017-11-22T00:00:00Z"), s("2017-11-22T01:00:00+01:00"))).isEqualTo(n("0"));
    assertThat(call("tostring", n("1.50"))).isEqualTo(s("1.5"));
    assertThat(call("tonumber", s("42"))).isEqualTo(n("42"));
  }

  @Test
  void a_wrong_argument_is_an_error_with_a_reason() {
    assertThatThrownBy(() -> call("upper", s("a"), s("b"))).isInstanceOf(FnException.class).hasMessage("upper() takes 1 argument, not 2");
    assertThatThrownBy(() -> call("cidrhost", s("not-an-ip/8"), n("1"))).isInstanceOf(FnException.class)
        .hasMessage("\"not-an-ip\" is not an IP address");
    assertThatThrownBy(() -> call("regex", s("(a+)+$"), s("a".repeat(5000) + "b"))).isInstanceOf(FnException.class)
        .hasMessageContaining("took too long");
    assertThatThrownBy(() -> call("file", s("x"))).isInstanceOf(FnException.class).hasMessageContaining("refused");
    assertThatThrownBy(() -> call("pow", n("10"), n("999"))).isInstanceOf(FnException.class).hasMessageContaining("too large");
  }
}
