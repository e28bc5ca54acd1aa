package app.azmoon.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as {@code 65536}, {@code 200K}, {@code 64M}, {@code 1G} (powers of 1024). */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    int shift = 0;
    if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
      shift = "KMG".indexOf(v.charAt(v.length() - 1)) * 10 + 10;
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
        throw new NumberFormatException();
      }
      return n << shift;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a size such as 65536, 200K or 64M");
    }
  }
}
