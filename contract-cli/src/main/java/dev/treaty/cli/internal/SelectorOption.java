package dev.treaty.cli.internal;

import dev.treaty.broker.client.MatrixQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --ignore PACTICIPANT[:VERSION]}: a pacticipant, or one version of it, whose rows do not count. */
public final class SelectorOption implements ITypeConverter<MatrixQuery.Selector> {
  @Override
  public MatrixQuery.Selector convert(String text) {
    int colon = text.indexOf(':');
    String pacticipant = colon < 0 ? text : text.substring(0, colon);
    String version = colon < 0 ? null : text.substring(colon + 1);
    if (pacticipant.isBlank() || (version != null && version.isBlank())) {
      throw new TypeConversionException("'" + text + "' is not a pacticipant; write it as NAME or NAME:VERSION,"
          + " such as order-web or order-web:1.0.0");
    }
    return new MatrixQuery.Selector(pacticipant, version);
  }
}
