package dev.treaty.broker.internal.ops;

import ch.qos.logback.core.PropertyDefinerBase;
import ch.qos.logback.core.util.OptionHelper;

/**
 * Picks the appender file {@code logback.xml} includes from {@code TREATY_LOG_FORMAT}: {@code json}
 * (any case) or {@code text} (the default). Logback alone would need Janino for an {@code <if>},
 * and an unknown value would silently log nothing; this warns and logs text.
 */
public final class LogFormat extends PropertyDefinerBase {
  /** The variable, looked up in logback's context, system properties, then the environment. */
  public static final String VARIABLE = "TREATY_LOG_FORMAT";

  @Override
  public String getPropertyValue() {
    String format = OptionHelper.propertyLookup(VARIABLE, getContext(), null);
    if (format == null || format.isBlank() || format.equalsIgnoreCase("text")) {
      return "text";
    }
    if (format.equalsIgnoreCase("json")) {
      return "json";
    }
    addWarn(VARIABLE + "=" + format + " is not a log format; use json or text. Logging text.");
    return "text";
  }
}
