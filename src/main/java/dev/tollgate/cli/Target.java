package dev.tollgate.cli;

import dev.tollgate.pricing.UsageFile;
import java.nio.file.Path;

/**
 * One project to estimate: where its Terraform is, the name the reports show, and its usage (with
 * the usage file's path, which the Infracost CLI needs).
 */
record Target(Path path, String name, UsageFile usage, Path usageFile) {}
