package dev.treaty.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One generator from a contract's {@code generators}: a value produced at replay time instead of
 * the example, such as a random integer, a UUID, today's date or a provider-state value. Each Pact
 * generator type is a record of this sealed interface; a type Treaty does not know is kept as
 * {@link Unknown}, so writing the contract back loses nothing.
 *
 * <p>Optional attributes are null when the contract leaves them out; the generator engine then uses
 * Pact's defaults.
 */
public sealed interface Generator {

  /** The generator's type as written in pact files ({@code "type": "RandomInt"}). */
  String type();

  /** A random integer from {@code min} to {@code max}, both inclusive (defaults 0 and {@code 2^31 - 2}). */
  record RandomInt(Integer min, Integer max) implements Generator {
    @Override
    public String type() {
      return "RandomInt";
    }
  }

  /** A random decimal number with {@code digits} digits (default 6). */
  record RandomDecimal(Integer digits) implements Generator {
    @Override
    public String type() {
      return "RandomDecimal";
    }
  }

  /** A random string of {@code digits} hexadecimal digits (default 8). */
  record RandomHexadecimal(Integer digits) implements Generator {
    @Override
    public String type() {
      return "RandomHexadecimal";
    }
  }

  /** A random alphanumeric string of {@code size} characters (default 20). */
  record RandomString(Integer size) implements Generator {
    @Override
    public String type() {
      return "RandomString";
    }
  }

  /** A random string that matches the regular expression {@code regex}. */
  record Regex(String regex) implements Generator {
    public Regex {
      Objects.requireNonNull(regex, "regex");
    }

    @Override
    public String type() {
      return "Regex";
    }
  }

  /**
   * A random UUID in {@code format}: {@code lower-case-hyphenated} (the default), {@code
   * upper-case-hyphenated}, {@code simple} (no hyphens) or {@code URN} ({@code urn:uuid:...}).
   */
  record Uuid(String format) implements Generator {
    @Override
    public String type() {
      return "Uuid";
    }
  }

  /**
   * The date of the clock, moved by {@code expression} ({@code "+ 1 day"}, {@code "next monday"}),
   * in the {@code DateTimeFormatter} pattern {@code format} (default {@code yyyy-MM-dd}).
   */
  record Date(String format, String expression) implements Generator {
    @Override
    public String type() {
      return "Date";
    }
  }

  /**
   * The time of the clock, moved by {@code expression} ({@code "@ noon"}, {@code "+ 3 hours"}), in
   * the {@code DateTimeFormatter} pattern {@code format} (default {@code HH:mm:ss}).
   */
  record Time(String format, String expression) implements Generator {
    @Override
    public String type() {
      return "Time";
    }
  }

  /**
   * The date and time of the clock, moved by {@code expression} ({@code "+ 1 day @ midnight"}), in
   * the {@code DateTimeFormatter} pattern {@code format} (default {@code yyyy-MM-dd'T'HH:mm:ss}).
   * Pact files call it {@code DateTime} (some writers {@code Timestamp}, read as this record).
   */
  record DateTime(String format, String expression) implements Generator {
    @Override
    public String type() {
      return "DateTime";
    }
  }

  /** A random boolean. */
  record RandomBoolean() implements Generator {
    @Override
    public String type() {
      return "RandomBoolean";
    }
  }

  /**
   * A value from the provider state: {@code expression} such as {@code "/orders/${id}"} is filled
   * from the state's params and setup results during verification, then converted to {@code
   * dataType} ({@code INTEGER}, {@code DECIMAL}, {@code FLOAT}, {@code BOOLEAN}, {@code STRING},
   * {@code RAW}; null keeps the value's own type). Consumer tests see the example.
   */
  record ProviderState(String expression, String dataType) implements Generator {
    public ProviderState {
      Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String type() {
      return "ProviderState";
    }
  }

  /**
   * A URL on the mock provider: its base URL followed by what {@code regex}'s first group captures
   * of the example; {@code example} is the URL the contract shows. Provider verification keeps the
   * example.
   */
  record MockServerURL(String regex, String example) implements Generator {
    public MockServerURL {
      Objects.requireNonNull(regex, "regex");
      Objects.requireNonNull(example, "example");
    }

    @Override
    public String type() {
      return "MockServerURL";
    }
  }

  /**
   * A generator Treaty does not model (for example Pact V4's {@code ArrayContains}, or a known type
   * with attributes of an unexpected JSON type), kept as read; the engine leaves the example.
   */
  record Unknown(String type, Map<String, JsonNode> attributes) implements Generator {
    public Unknown {
      Objects.requireNonNull(type, "type");
      attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }
}
