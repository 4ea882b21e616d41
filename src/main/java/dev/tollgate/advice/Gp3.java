package dev.tollgate.advice;

import java.math.BigDecimal;

/** gp3's performance envelope (AWS EBS volume types documentation): what is included and the maxima. */
final class Gp3 {

  static final BigDecimal BASE_IOPS = BigDecimal.valueOf(3000);
  static final BigDecimal BASE_THROUGHPUT = BigDecimal.valueOf(125);
  static final BigDecimal MAX_IOPS = BigDecimal.valueOf(16000);
  static final BigDecimal MAX_SIZE_GB = BigDecimal.valueOf(16384);
  /** gp3 provisions at most 500 IOPS per GiB. */
  static final BigDecimal IOPS_PER_GB = BigDecimal.valueOf(500);

  private Gp3() {}
}
