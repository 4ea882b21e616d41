package dev.tollgate.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * Intel instances to the same size on AMD EPYC, the same or a newer generation (t3 to t3a, m5 to
 * m5a, m6a or m7a). Both are x86-64: the same AMI and software run unchanged.
 */
final class IntelToAmd extends InstanceRule {

  @Override
  public String id() {
    return "intel-to-amd";
  }

  @Override
  List<String> candidates(Ec2Type t) {
    List<String> out = new ArrayList<>();
    if (t.processor() != Ec2Type.Processor.INTEL) {
      return out;
    }
    if (t.instanceClass().equals("t")) {
      if (t.generation() == 3) {
        out.add(t.with(3, "a"));
      }
      return out;
    }
    for (int gen = Math.max(5, t.generation()); gen <= 7; gen++) {
      out.add(t.with(gen, "a"));
    }
    return out;
  }

  @Override
  String why(String from, String to, String fromHourly, String toHourly, String region) {
    return to + " is the same size on AMD EPYC (x86-64, no software change) and costs " + toHourly + " in " + region
        + " against " + fromHourly + " for " + from + ".";
  }

  @Override
  List<String> caveats(String to) {
    return List.of();
  }
}
