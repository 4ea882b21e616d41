package dev.tollgate.pricing;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resource types Tollgate knows it cannot price, each with the specific reason (usually: no public,
 * permissively licensed price source has them yet). Everything neither priced, free nor listed here
 * gets the generic reason.
 */
public final class UnsupportedResources {

  private static final String NO_AZURE_NETWORK_PRICES =
      "the catalog's sources have no prices for Azure networking services (firewall, ExpressRoute, Virtual WAN, public IPs); see pricing-sources/SOURCES.md";

  private static final Map<String, String> REASONS = new TreeMap<>(Map.ofEntries(
      Map.entry("azurerm_express_route_circuit", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_express_route_circuit_peering", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_express_route_connection", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_express_route_gateway", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_express_route_port", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_firewall", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_virtual_hub", NO_AZURE_NETWORK_PRICES),
      Map.entry("azurerm_virtual_wan", NO_AZURE_NETWORK_PRICES),
      Map.entry("google_sql_database_instance",
          "the catalog's sources have no Cloud SQL prices (cyclenerd's GCP price list covers Compute Engine and Cloud Storage only)")));

  private UnsupportedResources() {}

  public static Optional<String> reason(String type) {
    return Optional.ofNullable(REASONS.get(type));
  }

  public static Map<String, String> all() {
    return REASONS;
  }
}
