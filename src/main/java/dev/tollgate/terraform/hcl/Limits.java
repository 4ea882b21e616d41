package dev.tollgate.terraform.hcl;

import java.time.Duration;

/**
 * How far evaluating one Terraform folder may go before Tollgate stops it with an error: HCL from a
 * pull request may be written to exhaust memory or time.
 *
 * @param timeout wall-clock time for the whole evaluation
 * @param maxModuleDepth module calls nested deeper than this (a module that calls itself) are refused
 * @param maxInstances resource instances in the whole configuration
 * @param maxSteps expression evaluations in the whole configuration, plus the elements (and
 *     characters / 16) of every value a function or for expression builds: a bound on memory too
 */
public record Limits(Duration timeout, int maxModuleDepth, int maxInstances, long maxSteps) {

  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 32, 50_000, 10_000_000L);
}
