package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Premium operating system licences billed per VM-hour on top of the machine (Windows Server, RHEL,
 * SLES and their SAP variants), chosen by the boot image's project or name. Public images of free
 * systems (Debian, Ubuntu, CentOS, Rocky, Container-Optimized OS) add nothing. The catalog holds
 * cyclenerd's licence price per machine type, in region {@code global}.
 */
final class Licences {

  private Licences() {}

  /** The catalog's {@code os} for an image: {@code windows-cloud/windows-2022} is {@code windows}; empty when free. */
  static Optional<String> os(String image) {
    String i = image.toLowerCase(Locale.ROOT);
    if (i.contains("windows")) {
      return Optional.of("windows");
    }
    if (i.contains("rhel-sap")) {
      return Optional.of("rhel-sap");
    }
    if (i.contains("rhel")) {
      return Optional.of("rhel");
    }
    if (i.contains("sles-sap") || i.contains("suse-sap")) {
      return Optional.of("sles-sap");
    }
    if (i.contains("sles") || i.contains("suse")) {
      return Optional.of("sles");
    }
    return Optional.empty();
  }

  /** How component names call a system: {@code Windows}, {@code RHEL}; {@code Linux/UNIX} for the free ones. */
  static String label(String image) {
    return os(image).map(os -> java.util.Map.of("windows", "Windows", "rhel", "RHEL", "rhel-sap", "RHEL for SAP",
        "sles", "SLES", "sles-sap", "SLES for SAP").get(os)).orElse("Linux/UNIX");
  }

  /**
   * @param quantity hours a month times instances
   */
  static Optional<CostComponent> component(String machineType, String image, BigDecimal quantity, Prices prices) {
    String type = Gce.lastSegment(machineType);
    return os(image).map(os -> CostComponent.fixed("License (" + os + ", " + type + ")", "hours", quantity,
        prices.unit(Gce.query("License", "global").attr("machineType", type).attr("os", os)
            .price(PriceFilter.ON_DEMAND.withUnit("Hrs")).build())));
  }
}
