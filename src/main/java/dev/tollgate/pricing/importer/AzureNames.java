package dev.tollgate.pricing.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How Azure's VM size names relate: ARM names, meter names and a size's place in its series. */
final class AzureNames {

  private static final Pattern SIZE = Pattern.compile("^(Standard|Basic)_([A-Za-z]+)(\\d+)(-\\d+)?(.*)$");

  private AzureNames() {}

  /** {@code D2s v5} (a meter or short sku name) to {@code Standard_D2s_v5}. */
  static String armName(String meterName, boolean basic) {
    String n = meterName.replace(' ', '_');
    return n.startsWith("Standard_") || n.startsWith("Basic_") ? n : (basic ? "Basic_" : "Standard_") + n;
  }

  /** {@code Standard_D2s_v5} to the Retail API's sku and meter name {@code D2s v5}. */
  static String shortName(String armSkuName) {
    return armSkuName.replaceFirst("^(Standard|Basic)_", "").replace('_', ' ');
  }

  /**
   * The series a size belongs to and its nominal size: {@code Standard_D4as_v5} is size 4 of
   * {@code Standard_D#as_v5}; {@code Standard_E4-2s_v5} (constrained vCPUs) is size 4 of
   * {@code Standard_E#s_v5}, priced like E4s_v5. Null when the name has no size number.
   */
  static Series series(String armSkuName) {
    Matcher m = SIZE.matcher(armSkuName);
    if (!m.matches()) {
      return null;
    }
    return new Series((m.group(1) + "_" + m.group(2) + "#" + m.group(5)).toLowerCase(Locale.ROOT),
        Integer.parseInt(m.group(3)));
  }

  record Series(String name, int size) {}
}
