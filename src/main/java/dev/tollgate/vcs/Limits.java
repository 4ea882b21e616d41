package dev.tollgate.vcs;

/**
 * How much Tollgate accepts from a code host. Repository content is untrusted (a fork can push
 * anything), so every download and extraction is bounded by these, counted on the bytes actually read.
 *
 * @param maxFileBytes one file read through the contents API
 * @param maxArchiveBytes the compressed archive as downloaded
 * @param maxExtractedBytes all files of an archive once unpacked
 * @param maxEntries files and folders in an archive
 */
public record Limits(long maxFileBytes, long maxArchiveBytes, long maxExtractedBytes, int maxEntries) {

  public static final Limits DEFAULT = new Limits(5L << 20, 200L << 20, 1L << 30, 100_000);

  public Limits {
    if (maxFileBytes <= 0 || maxArchiveBytes <= 0 || maxExtractedBytes <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
