package dev.tollgate.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * Intel or AMD instances to the same size on AWS Graviton (arm64), generations 6 to 8 (t to t4g).
 * This changes the CPU architecture, which the hint says plainly: the instance needs an arm64 AMI
 * and arm64 builds of all it runs.
 */
final class X86ToGraviton extends InstanceRule {

  @Override
  public String id() {
    return "x86-to-graviton";
  }

  @Override
  List<String> candidates(Ec2Type t) {
    List<String> out = new ArrayList<>();
    if (t.processor() == Ec2Type.Processor.GRAVITON) {
      return out;
    }
    if (t.instanceClass().equals("t")) {
      if (t.generation() >= 3) {
        out.add(t.with(4, "g"));
      }
      return out;
    }
    for (int gen = Math.max(6, t.generation()); gen <= 8; gen++) {
      out.add(t.with(gen, "g"));
    }
    return out;
  }

  @Override
  String why(String from, String to, String fromHourly, String toHourly, String region) {
    return to + " is the same size on AWS Graviton and costs " + toHourly + " in " + region + " against " + fromHourly
        + " for " + from + ".";
  }

  @Override
  List<String> caveats(String to) {
    return List.of("Architecture change: " + to + " is arm64 (AWS Graviton); it needs an arm64 AMI and arm64-compatible "
        + "builds of everything the instance runs (binaries, containers, agents)");
  }
}
