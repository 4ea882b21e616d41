package dev.tollgate.pricing.importer;

import java.util.regex.Pattern;

/**
 * AWS usage types carry a regional prefix ({@code EU-BoxUsage:m5.large}, {@code USE1-Kafka.m5.large},
 * {@code EU:PI_LTR_AMR:Provisioned}); the catalog stores them without it, as the yeo-based EC2 rows
 * always did, so one regex filter works in every region.
 */
final class UsageTypes {

  private static final Pattern PREFIX = Pattern.compile("^(?:EU|Global|[A-Z]{2,4}\\d{0,2}(?:-[A-Z]+\\d?)?)[-:](?=[A-Za-z])");

  private UsageTypes() {}

  static String withoutRegion(String usageType) {
    // "DataTransfer-Regional-Bytes" has no prefix: a prefix is all capitals and digits.
    java.util.regex.Matcher m = PREFIX.matcher(usageType);
    if (m.find() && !usageType.startsWith("CW:") && !usageType.startsWith("EBS:") && !usageType.startsWith("RDS:")) {
      return usageType.substring(m.end());
    }
    return usageType;
  }
}
