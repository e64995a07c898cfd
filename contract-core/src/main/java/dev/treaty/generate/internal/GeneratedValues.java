package dev.treaty.generate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.treaty.contract.Generator;
import dev.treaty.generate.GeneratorContext;
import dev.treaty.generate.GeneratorContext.Mode;
import dev.treaty.generate.GeneratorException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Produces the value of one generator, as Pact defines each type, for a mode: exists so that
 * applying generators to requests and responses does not need to know the types. Unknown types
 * keep the contract's example (which already satisfies the rule), as do {@code ProviderState} for
 * the consumer, {@code MockServerURL} for the provider, and a {@code Regex} that {@link
 * RegexStrings} cannot generate from.
 */
public final class GeneratedValues {
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock;

  /** Values whose dates and times come from {@code clock} (and its zone). */
  public GeneratedValues(Clock clock) {
    this.clock = clock;
  }

  /**
   * The value for {@code generator} replacing {@code example} in {@code context}.
   *
   * @throws GeneratorException when the generator cannot produce one (a missing provider-state
   *     value, an invalid date expression)
   */
  public JsonNode generate(Generator generator, JsonNode example, GeneratorContext context) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (generator instanceof Generator.RandomInt g) {
      int min = g.min() == null ? 0 : g.min();
      int max = Math.max(min, g.max() == null ? 2_147_483_646 : g.max());
      return IntNode.valueOf((int) random.nextLong(min, (long) max + 1));
    } else if (generator instanceof Generator.RandomDecimal g) {
      return DecimalNode.valueOf(randomDecimal(g.digits() == null ? 6 : g.digits()));
    } else if (generator instanceof Generator.RandomHexadecimal g) {
      return TextNode.valueOf(randomText("0123456789abcdef", g.digits() == null ? 8 : g.digits()));
    } else if (generator instanceof Generator.RandomString g) {
      return TextNode.valueOf(randomText(ALPHANUMERIC, g.size() == null ? 20 : g.size()));
    } else if (generator instanceof Generator.Regex g) {
      return RegexStrings.generate(g.regex(), random).<JsonNode>map(TextNode::valueOf).orElse(example);
    } else if (generator instanceof Generator.RandomBoolean) {
      return BooleanNode.valueOf(random.nextBoolean());
    } else if (generator instanceof Generator.Uuid g) {
      return TextNode.valueOf(uuid(g.format() == null ? "lower-case-hyphenated" : g.format()));
    } else if (generator instanceof Generator.Date g) {
      return dateTime(g.format(), "yyyy-MM-dd", g.expression(), DateExpression::date);
    } else if (generator instanceof Generator.Time g) {
      return dateTime(g.format(), "HH:mm:ss", g.expression(), DateExpression::time);
    } else if (generator instanceof Generator.DateTime g) {
      return dateTime(g.format(), "yyyy-MM-dd'T'HH:mm:ss", g.expression(), DateExpression::dateTime);
    } else if (generator instanceof Generator.ProviderState g && context.mode() == Mode.PROVIDER) {
      return ProviderStateValues.evaluate(g, context.providerStateValues());
    } else if (generator instanceof Generator.MockServerURL g && context.mode() == Mode.CONSUMER && example.isTextual()) {
      return TextNode.valueOf(mockUrl(g, example.textValue(), context.mockServerUrl()));
    }
    return example;
  }

  private TextNode dateTime(String format, String fallback, String expression,
      Function<String, DateExpression> parser) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime value;
    try {
      value = expression == null || expression.isBlank() ? now : parser.apply(expression).apply(now);
    } catch (DateExpressionException e) {
      throw new GeneratorException(e.getMessage(), e);
    } catch (DateTimeException | ArithmeticException e) {
      throw new GeneratorException("expression \"" + expression + "\" moves " + now + " out of range: "
          + e.getMessage(), e);
    }
    return TextNode.valueOf(value.format(formatter(format, fallback)));
  }

  // An invalid pattern falls back to the type's default, as before the expressions were evaluated.
  private static DateTimeFormatter formatter(String pattern, String fallback) {
    try {
      return DateTimeFormatter.ofPattern(pattern == null ? fallback : pattern);
    } catch (IllegalArgumentException e) {
      return DateTimeFormatter.ofPattern(fallback);
    }
  }

  /** The base URL followed by what the generator's regex captures of the example, else the example. */
  private static String mockUrl(Generator.MockServerURL generator, String example, String baseUrl) {
    Matcher matcher = Pattern.compile(generator.regex()).matcher(example);
    if (!matcher.matches() || matcher.groupCount() < 1 || matcher.group(1) == null) {
      return example;
    }
    return baseUrl + matcher.group(1);
  }

  private static BigDecimal randomDecimal(int digits) {
    int n = Math.max(2, digits);
    String d = randomText("0123456789", n - 1);
    String whole = String.valueOf(1 + ThreadLocalRandom.current().nextInt(9));
    return new BigDecimal(whole + "." + d);
  }

  private static String randomText(String alphabet, int length) {
    StringBuilder sb = new StringBuilder(Math.max(0, length));
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String uuid(String format) {
    String u = UUID.randomUUID().toString();
    return switch (format) {
      case "simple" -> u.replace("-", "");
      case "upper-case-hyphenated" -> u.toUpperCase(Locale.ROOT);
      case "URN" -> "urn:uuid:" + u;
      default -> u;
    };
  }
}
