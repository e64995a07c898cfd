package dev.treaty.generate.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A parsed Pact date/time expression ({@code "+ 1 day"}, {@code "next monday"}, {@code "tomorrow @
 * noon"}, {@code "@ + 3 hours"}) that moves a base date-time, as pact-reference's {@code
 * datetime_expressions} and pact-jvm's {@code DateExpression}/{@code TimeExpression} define them.
 * Parsed once (so a DSL can reject a bad expression when it is declared), applied to any base.
 *
 * <pre>
 * date     := [ "now" | "today" | "yesterday" | "tomorrow" ] dateStep*
 * dateStep := ("+" | "-") NUMBER dateUnit | ("next" | "last") (dateUnit | weekday | month)
 * dateUnit := day | week | fortnight | month | year        (each also plural)
 * time     := [ "now" | "midnight" | "noon" | NUMBER "o'clock" [ "am" | "pm" ] ] timeStep*
 * timeStep := ("+" | "-") NUMBER timeUnit | ("next" | "last") timeUnit
 * timeUnit := hour | minute | second | millisecond         (each also plural)
 * dateTime := date [ "@" time ]
 * </pre>
 *
 * Words are case-insensitive, spaces optional between tokens. {@code next}/{@code last} with a
 * weekday move to the nearest such day strictly after/before; with a month, to the first day of its
 * nearest occurrence strictly after/before the current month. Months and years move as {@code
 * plusMonths}/{@code plusYears} (the 31st plus a month is the last day of a shorter month). A clock
 * hour without {@code am}/{@code pm} is the next one (afternoon before noon, morning after); {@code
 * 12 o'clock} is noon, as in pact-reference. Errors name the expression, the position (counting
 * from 1) and what was expected.
 */
public final class DateExpression {
  private static final Map<String, ChronoUnit> DATE_UNITS = Map.of(
      "day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS, "fortnight", ChronoUnit.FOREVER,
      "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);
  private static final Map<String, ChronoUnit> TIME_UNITS = Map.of(
      "hour", ChronoUnit.HOURS, "minute", ChronoUnit.MINUTES, "second", ChronoUnit.SECONDS,
      "millisecond", ChronoUnit.MILLIS);
  private static final String DATE_START =
      "\"now\", \"today\", \"yesterday\", \"tomorrow\", \"+\", \"-\", \"next\" or \"last\"";
  private static final String DATE_STEP = "\"+\", \"-\", \"next\", \"last\" or the end";
  private static final String TIME_START =
      "\"now\", \"midnight\", \"noon\", an hour (\"2 o'clock\"), \"+\", \"-\", \"next\" or \"last\"";
  private static final String DATE_UNIT = "a unit (day, week, fortnight, month or year)";
  private static final String TIME_UNIT = "a unit (hour, minute, second or millisecond)";

  private final List<UnaryOperator<ZonedDateTime>> steps;

  private DateExpression(List<UnaryOperator<ZonedDateTime>> steps) {
    this.steps = List.copyOf(steps);
  }

  /** A date expression, as a {@code Date} generator takes it. */
  public static DateExpression date(String expression) {
    ExpressionTokens tokens = ExpressionTokens.of(expression, 0, expression.length());
    List<UnaryOperator<ZonedDateTime>> steps = new ArrayList<>();
    parseDate(tokens, steps);
    tokens.expectEnd(DATE_STEP);
    return new DateExpression(steps);
  }

  /** A time expression, as a {@code Time} generator takes it (a leading {@code @} is allowed). */
  public static DateExpression time(String expression) {
    String trimmed = expression.stripLeading();
    int from = trimmed.startsWith("@") ? expression.length() - trimmed.length() + 1 : 0;
    ExpressionTokens tokens = ExpressionTokens.of(expression, from, expression.length());
    List<UnaryOperator<ZonedDateTime>> steps = new ArrayList<>();
    parseTime(tokens, steps);
    tokens.expectEnd("\"+\", \"-\", \"next\", \"last\" or the end");
    return new DateExpression(steps);
  }

  /** A date expression, optionally followed by {@code @} and a time expression ({@code DateTime}). */
  public static DateExpression dateTime(String expression) {
    int at = expression.indexOf('@');
    List<UnaryOperator<ZonedDateTime>> steps = new ArrayList<>();
    ExpressionTokens date = ExpressionTokens.of(expression, 0, at < 0 ? expression.length() : at);
    parseDate(date, steps);
    date.expectEnd(at < 0 ? DATE_STEP + " (or \"@\" and a time)" : DATE_STEP + " before \"@\"");
    if (at >= 0) {
      ExpressionTokens time = ExpressionTokens.of(expression, at + 1, expression.length());
      parseTime(time, steps);
      time.expectEnd("\"+\", \"-\", \"next\", \"last\" or the end");
    }
    return new DateExpression(steps);
  }

  /** {@code base} moved by this expression. */
  public ZonedDateTime apply(ZonedDateTime base) {
    ZonedDateTime result = base;
    for (UnaryOperator<ZonedDateTime> step : steps) {
      result = step.apply(result);
    }
    return result;
  }

  private static void parseDate(ExpressionTokens tokens, List<UnaryOperator<ZonedDateTime>> steps) {
    if (tokens.atEnd()) {
      return;
    }
    String first = tokens.peekWord();
    if (first != null && List.of("now", "today", "yesterday", "tomorrow").contains(first)) {
      tokens.next();
      if (first.equals("yesterday")) {
        steps.add(d -> d.minusDays(1));
      } else if (first.equals("tomorrow")) {
        steps.add(d -> d.plusDays(1));
      }
    } else if (!tokens.atStep()) {
      throw tokens.expected(DATE_START);
    }
    while (tokens.atStep()) {
      steps.add(dateStep(tokens));
    }
  }

  private static UnaryOperator<ZonedDateTime> dateStep(ExpressionTokens tokens) {
    ExpressionTokens.Token step = tokens.next();
    if (step.isSign()) {
      long amount = signed(step, tokens.number());
      ChronoUnit unit = unit(tokens, DATE_UNITS, DATE_UNIT);
      return by(unit, amount);
    }
    int direction = step.text().equals("next") ? 1 : -1;
    ExpressionTokens.Token word = tokens.peek();
    String name = tokens.peekWord();
    ChronoUnit unit = name == null ? null : DATE_UNITS.get(singular(name));
    if (unit != null) {
      tokens.next();
      return by(unit, direction);
    }
    DayOfWeek day = name == null ? null : Names.weekday(name);
    if (day != null) {
      tokens.next();
      return d -> d.with(direction > 0 ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
    }
    Month month = name == null ? null : Names.month(name);
    if (month != null) {
      tokens.next();
      return d -> nearestMonth(d, month, direction);
    }
    throw tokens.expected(word, DATE_UNIT.replace(" or year)", ", year)") + ", a weekday (monday) or a month (june)");
  }

  private static ZonedDateTime nearestMonth(ZonedDateTime d, Month month, int direction) {
    int months = direction * Math.floorMod(direction * (month.getValue() - d.getMonthValue()), 12);
    if (months == 0) {
      months = 12 * direction;
    }
    return d.plusMonths(months).withDayOfMonth(1);
  }

  private static UnaryOperator<ZonedDateTime> by(ChronoUnit unit, long amount) {
    if (unit == ChronoUnit.FOREVER) {
      return d -> d.plusWeeks(2 * amount);
    }
    return d -> d.plus(amount, unit);
  }

  private static void parseTime(ExpressionTokens tokens, List<UnaryOperator<ZonedDateTime>> steps) {
    if (tokens.atEnd()) {
      return;
    }
    String first = tokens.peekWord();
    if (first != null && List.of("now", "midnight", "noon").contains(first)) {
      tokens.next();
      if (!first.equals("now")) {
        int hour = first.equals("noon") ? 12 : 0;
        steps.add(t -> t.truncatedTo(ChronoUnit.HOURS).withHour(hour));
      }
    } else if (tokens.peek().isNumber()) {
      steps.add(clockHour(tokens));
    } else if (!tokens.atStep()) {
      throw tokens.expected(TIME_START);
    }
    while (tokens.atStep()) {
      ExpressionTokens.Token step = tokens.next();
      if (step.isSign()) {
        long amount = signed(step, tokens.number());
        steps.add(by(unit(tokens, TIME_UNITS, TIME_UNIT), amount));
      } else {
        steps.add(by(unit(tokens, TIME_UNITS, TIME_UNIT), step.text().equals("next") ? 1 : -1));
      }
    }
  }

  private static UnaryOperator<ZonedDateTime> clockHour(ExpressionTokens tokens) {
    ExpressionTokens.Token number = tokens.peek();
    long hour = tokens.number();
    if (hour < 1 || hour > 12) {
      throw tokens.expected(number, "an hour from 1 to 12");
    }
    if (!"o'clock".equals(tokens.peekWord())) {
      throw tokens.expected("\"o'clock\"");
    }
    tokens.next();
    String half = tokens.peekWord();
    if ("am".equals(half) || "pm".equals(half)) {
      tokens.next();
    }
    int h = (int) hour;
    return t -> {
      boolean afternoon = "pm".equals(half) || (!"am".equals(half) && t.getHour() < 12);
      int hourOfDay = h == 12 ? 12 : afternoon ? h + 12 : h;
      return t.truncatedTo(ChronoUnit.HOURS).withHour(hourOfDay);
    };
  }

  private static long signed(ExpressionTokens.Token sign, long amount) {
    return sign.text().equals("-") ? -amount : amount;
  }

  private static ChronoUnit unit(ExpressionTokens tokens, Map<String, ChronoUnit> units, String expected) {
    ExpressionTokens.Token token = tokens.peek();
    String word = tokens.peekWord();
    ChronoUnit unit = word == null ? null : units.get(singular(word));
    if (unit == null) {
      throw tokens.expected(token, expected);
    }
    tokens.next();
    return unit;
  }

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /** Weekday and month names, full and abbreviated. */
  private static final class Names {
    private Names() {}

    static DayOfWeek weekday(String name) {
      for (DayOfWeek day : DayOfWeek.values()) {
        String full = day.name().toLowerCase(Locale.ROOT);
        if (name.equals(full) || name.equals(full.substring(0, 3))
            || (name.length() == 4 && full.startsWith(name) && (day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY))
            || (name.equals("thurs") && day == DayOfWeek.THURSDAY)) {
          return day;
        }
      }
      return null;
    }

    static Month month(String name) {
      for (Month month : Month.values()) {
        String full = month.name().toLowerCase(Locale.ROOT);
        if (name.equals(full) || name.equals(full.substring(0, 3)) || (name.equals("sept") && month == Month.SEPTEMBER)) {
          return month;
        }
      }
      return null;
    }
  }
}
