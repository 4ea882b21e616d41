package dev.tollgate.advice;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EC2 instance type read by AWS's naming convention: {@code m5d.xlarge} is class {@code m},
 * generation 5, attributes {@code d}, size {@code xlarge}. The processor is in the attributes:
 * {@code g} Graviton (arm64), {@code a} AMD, {@code i} or nothing Intel; the other letters are
 * features (d local NVMe, n network, e memory, z frequency, b EBS bandwidth) a candidate must keep.
 */
record Ec2Type(String instanceClass, int generation, String attributes, String size) {

  enum Processor { INTEL, AMD, GRAVITON }

  private static final Pattern NAME = Pattern.compile("^([a-z]+?)(\\d+)([a-z]*)\\.([a-z0-9]+)$");

  static Optional<Ec2Type> parse(String type) {
    Matcher m = NAME.matcher(type);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Ec2Type(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4)));
  }

  Processor processor() {
    if (attributes.contains("g")) {
      return Processor.GRAVITON;
    }
    return attributes.contains("a") ? Processor.AMD : Processor.INTEL;
  }

  /** The attribute letters that are not the processor's. */
  String features() {
    return attributes.replace("g", "").replace("a", "").replace("i", "");
  }

  /** The same class, size and features on another generation and processor letter. */
  String with(int gen, String processorLetter) {
    return instanceClass + gen + processorLetter + features() + "." + size;
  }

  @Override
  public String toString() {
    return instanceClass + generation + attributes + "." + size;
  }
}
