package dev.tollgate.advice;

import java.util.List;

/**
 * Every advice rule, in one explicit list (no classpath scanning). Adding a rule is one class and one
 * line here. The order is the order of a resource's hints before the reports sort them by saving.
 */
public final class Rules {

  public static final List<Rule> ALL = List.of(
      new Gp2ToGp3(),
      new ProvisionedIopsToGp3(),
      new MagneticToGp3(),
      new X86ToGraviton(),
      new IntelToAmd(),
      new PreviousGeneration(),
      new MultiAzOutsideProduction(),
      new OneNatGatewayOutsideProduction(),
      new SpotAutoscalingGroup(),
      new GcpN1ToN2OrE2(),
      new AzureV3ToV5());

  private Rules() {}
}
