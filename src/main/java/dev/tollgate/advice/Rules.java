package dev.tollgate.advice;

import java.util.List;

/**
 * Every advice rule, in one explicit list (no classpath scanning). Adding a rule is one class and one
 * line here. Rules waiting on prices the catalog does not hold yet (previous generation to current
 * from Flexera's superseded maps, Multi-AZ databases outside production, one NAT gateway per AZ,
 * spot or mixed autoscaling groups, GCP n1 to n2/e2, Azure v3 to v5) will each be one more class.
 */
public final class Rules {

  public static final List<Rule> ALL = List.of(
      new Gp2ToGp3(),
      new ProvisionedIopsToGp3(),
      new MagneticToGp3(),
      new X86ToGraviton(),
      new IntelToAmd());

  private Rules() {}
}
