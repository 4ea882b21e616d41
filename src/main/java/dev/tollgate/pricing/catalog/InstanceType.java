package dev.tollgate.pricing.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cloud instance type is, for right-sizing advice: its size, CPU and memory, architecture,
 * and the types the vendor (or Flexera's catalog) names as its successors. From Flexera's instance
 * catalogs in {@code flexera-policy-templates/{aws,azure,google}}; Tollgate's {@code vendor} names
 * ({@code aws}, {@code azure}, {@code gcp}).
 *
 * @param name {@code m5.large}, {@code Standard_D2s_v5}, {@code n2-standard-2}
 * @param family {@code m5}, {@code standardDSv5Family}, {@code n2}
 * @param size {@code large}, {@code D2s_v5}, {@code standard-2}
 * @param vcpus virtual CPUs
 * @param memoryGiB memory in GiB (AWS: MiB / 1024; Azure and GCP: the catalog's GB figure)
 * @param architectures {@code x86_64}, {@code arm64} (lower-case, normalised across vendors)
 * @param manufacturer {@code Intel}, {@code AMD}, {@code AWS}; empty where the catalog does not say
 * @param currentGeneration false for types the vendor lists as previous generation (AWS only; Azure
 *     and GCP types without a {@code superseded} entry are taken as current)
 * @param supersededBy successors named by the catalog
 * @param sourceId the catalog source it came from
 */
public record InstanceType(
    String vendor,
    String name,
    String family,
    String size,
    BigDecimal vcpus,
    BigDecimal memoryGiB,
    List<String> architectures,
    String manufacturer,
    boolean currentGeneration,
    Successors supersededBy,
    int sourceId) {

  public InstanceType {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(name, "name");
    family = family == null ? "" : family;
    size = size == null ? "" : size;
    architectures = List.copyOf(architectures);
    manufacturer = manufacturer == null ? "" : manufacturer;
    supersededBy = supersededBy == null ? Successors.NONE : supersededBy;
  }

  /**
   * The successors a catalog names: {@code regular} (same family line, newer generation),
   * {@code nextGen}, {@code amd} (an AMD alternative) and {@code burstable} (a burstable type of
   * similar size). Empty where the catalog names none; AWS's {@code nextGen} is mostly empty and
   * never points to Graviton.
   */
  public record Successors(String regular, String nextGen, String amd, String burstable) {
    public static final Successors NONE = new Successors("", "", "", "");

    public Successors {
      regular = regular == null ? "" : regular;
      nextGen = nextGen == null ? "" : nextGen;
      amd = amd == null ? "" : amd;
      burstable = burstable == null ? "" : burstable;
    }

    public Optional<String> regularType() {
      return opt(regular);
    }

    public Optional<String> nextGenType() {
      return opt(nextGen);
    }

    public Optional<String> amdType() {
      return opt(amd);
    }

    public Optional<String> burstableType() {
      return opt(burstable);
    }

    public boolean isEmpty() {
      return regular.isEmpty() && nextGen.isEmpty() && amd.isEmpty() && burstable.isEmpty();
    }

    private static Optional<String> opt(String s) {
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
  }
}
