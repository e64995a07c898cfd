package dev.treaty.cli.internal;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --header "Name: value"} option, split once so a bad one fails before anything runs. */
public record HeaderOption(String name, String value) {

  /** Converts {@code "Name: value"}; a value without a colon or name is a usage error. */
  public static final class Converter implements ITypeConverter<HeaderOption> {
    @Override
    public HeaderOption convert(String text) {
      int colon = text.indexOf(':');
      String name = colon < 0 ? "" : text.substring(0, colon).trim();
      if (colon < 0 || name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
        throw new TypeConversionException("'" + text + "' is not a header; write it as \"Name: value\","
            + " such as \"Authorization: Bearer abc\"");
      }
      return new HeaderOption(name, text.substring(colon + 1).trim());
    }
  }
}
