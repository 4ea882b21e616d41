package dev.tollgate.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/** The price sources {@code --prices} names. */
enum PriceSourceKind {
  LOCAL("local"),
  INFRACOST_API("infracost-api"),
  INFRACOST_CLI("infracost-cli");

  private final String flag;

  PriceSourceKind(String flag) {
    this.flag = flag;
  }

  @Override
  public String toString() {
    return flag;
  }

  /** Reads the names as the user types them. */
  static final class Converter implements CommandLine.ITypeConverter<PriceSourceKind> {
    @Override
    public PriceSourceKind convert(String value) {
      for (PriceSourceKind k : values()) {
        if (k.flag.equals(value)) {
          return k;
        }
      }
      throw new CommandLine.TypeConversionException("expected one of local, infracost-api, infracost-cli, not '" + value + "'");
    }
  }

  /** The names, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (PriceSourceKind k : values()) {
        names.add(k.flag);
      }
      return names.iterator();
    }
  }
}
