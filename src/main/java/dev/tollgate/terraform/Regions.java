package dev.tollgate.terraform;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Region;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Region codes from what resources and providers say: AWS zones to regions (Local and Wavelength
 * Zones kept as their own pricing locations), Google zones to regions, Azure display names to codes.
 */
public final class Regions {

  private static final Pattern AWS_WAVELENGTH = Pattern.compile("^(.+-wl\\d+)-([a-z]+)-wlz-(\\d+)$");
  private static final Pattern AWS_LOCAL_ZONE = Pattern.compile("^([a-z]{2}(?:-gov)?-[a-z]+-\\d+-[a-z]+-\\d+)[a-z]$");
  private static final Pattern AWS_ZONE = Pattern.compile("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d+)[a-z]$");
  private static final Pattern GCP_ZONE = Pattern.compile("^([a-z]+-[a-z]+\\d+)-[a-z]$");

  /** What a provider is taken to use when nothing in the input names a region, as Infracost assumes. */
  private static final Map<String, String> ASSUMED = Map.of("aws", "us-east-1", "google", "us-central1", "azurerm", "eastus");

  private Regions() {}

  public static String awsZoneToRegion(String zone) {
    String z = zone.trim().toLowerCase(Locale.ROOT);
    Matcher m = AWS_WAVELENGTH.matcher(z);
    if (m.matches()) {
      return m.group(1) + "-" + m.group(2) + m.group(3);
    }
    m = AWS_LOCAL_ZONE.matcher(z);
    if (m.matches()) {
      return m.group(1);
    }
    m = AWS_ZONE.matcher(z);
    return m.matches() ? m.group(1) : z;
  }

  public static String gcpZoneToRegion(String zoneOrRegion) {
    String z = zoneOrRegion.trim().toLowerCase(Locale.ROOT);
    Matcher m = GCP_ZONE.matcher(z);
    return m.matches() ? m.group(1) : z;
  }

  /** {@code West US 2} and {@code westus2} both become {@code westus2}. */
  public static String azureLocation(String location) {
    return location.trim().toLowerCase(Locale.ROOT).replace(" ", "");
  }

  /** A region from the resource's own attributes, when it names one. */
  public static Optional<String> fromAttributes(String provider, Attributes a) {
    switch (provider) {
      case "aws": {
        Optional<String> r = nonBlank(a.string("region"));
        if (r.isPresent()) {
          return r.map(s -> s.toLowerCase(Locale.ROOT));
        }
        return nonBlank(a.string("availability_zone")).map(Regions::awsZoneToRegion);
      }
      case "google":
      case "google-beta": {
        Optional<String> r = nonBlank(a.string("region"));
        if (r.isEmpty()) {
          r = nonBlank(a.string("zone"));
        }
        if (r.isEmpty()) {
          r = nonBlank(a.string("location"));
        }
        return r.map(Regions::gcpZoneToRegion);
      }
      case "azurerm":
        return nonBlank(a.string("location")).map(Regions::azureLocation);
      default:
        return Optional.empty();
    }
  }

  /** The region normalised the way {@link #fromAttributes} would, for a provider-level setting. */
  public static String normalise(String provider, String value) {
    switch (provider) {
      case "aws":
        return awsZoneToRegion(value);
      case "google":
      case "google-beta":
        return gcpZoneToRegion(value);
      case "azurerm":
        return azureLocation(value);
      default:
        return value.trim();
    }
  }

  /** Used when nothing names a region: the provider's usual default, marked as assumed. */
  public static Region assumed(String provider) {
    String code = ASSUMED.get(provider.equals("google-beta") ? "google" : provider);
    if (code == null) {
      return Region.unknown("no region in the input");
    }
    return new Region(code, Region.Source.ASSUMED,
        "no region in the input; priced as " + code + " (the usual " + provider + " default)");
  }

  private static Optional<String> nonBlank(Optional<String> s) {
    return s.filter(v -> !v.isBlank());
  }
}
