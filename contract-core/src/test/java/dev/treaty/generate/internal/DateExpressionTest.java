package dev.treaty.generate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The Pact date/time expression grammar from a fixed base, Saturday 2000-01-01T10:00Z: every base,
 * unit, name and combination, then the errors (expression, position, expectation).
 */
class DateExpressionTest {
  private static final ZonedDateTime BASE = ZonedDateTime.parse("2000-01-01T10:00:00Z");

  @ParameterizedTest(name = "date \"{0}\" is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ``                                 | 2000-01-01T10:00Z
      now                                | 2000-01-01T10:00Z
      today                              | 2000-01-01T10:00Z
      yesterday                          | 1999-12-31T10:00Z
      tomorrow                           | 2000-01-02T10:00Z
      TOMORROW                           | 2000-01-02T10:00Z
      + 1 day                            | 2000-01-02T10:00Z
      +1day                              | 2000-01-02T10:00Z
      + 3 days                           | 2000-01-04T10:00Z
      + 1 week                           | 2000-01-08T10:00Z
      - 2 weeks                          | 1999-12-18T10:00Z
      + 1 fortnight                      | 2000-01-15T10:00Z
      + 1 month                          | 2000-02-01T10:00Z
      - 13 months                        | 1998-12-01T10:00Z
      + 4 years                          | 2004-01-01T10:00Z
      tomorrow+ 4 years                  | 2004-01-02T10:00Z
      next day                           | 2000-01-02T10:00Z
      next week                          | 2000-01-08T10:00Z
      last month                         | 1999-12-01T10:00Z
      next fortnight                     | 2000-01-15T10:00Z
      last year                          | 1999-01-01T10:00Z
      next monday                        | 2000-01-03T10:00Z
      next mon                           | 2000-01-03T10:00Z
      next saturday                      | 2000-01-08T10:00Z
      last saturday                      | 1999-12-25T10:00Z
      last wednesday                     | 1999-12-29T10:00Z
      last friday                        | 1999-12-31T10:00Z
      next tues                          | 2000-01-04T10:00Z
      next thurs                         | 2000-01-06T10:00Z
      next sun                           | 2000-01-02T10:00Z
      last december                      | 1999-12-01T10:00Z
      next jan                           | 2001-01-01T10:00Z
      last jan                           | 1999-01-01T10:00Z
      next february                      | 2000-02-01T10:00Z
      next sept                          | 2000-09-01T10:00Z
      next june + 2 weeks                | 2000-06-15T10:00Z
      last mon + 2 weeks                 | 2000-01-10T10:00Z
      + 1 day - 2 weeks                  | 1999-12-19T10:00Z
      last december + 2 weeks + 4 days   | 1999-12-19T10:00Z
      """)
  void dateExpressions(String expression, String expected) {
    assertThat(DateExpression.date(expression).apply(BASE)).isEqualTo(ZonedDateTime.parse(expected));
  }

  @ParameterizedTest(name = "time \"{0}\" is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ``                           | 2000-01-01T10:00Z
      now                          | 2000-01-01T10:00Z
      midnight                     | 2000-01-01T00:00Z
      noon                         | 2000-01-01T12:00Z
      @ noon                       | 2000-01-01T12:00Z
      2 o'clock                    | 2000-01-01T14:00Z
      2 o'clock am                 | 2000-01-01T02:00Z
      12 o'clock am                | 2000-01-01T12:00Z
      12 o'clock pm                | 2000-01-01T12:00Z
      1 o'clock pm                 | 2000-01-01T13:00Z
      11 O'CLOCK PM                | 2000-01-01T23:00Z
      + 1 hour                     | 2000-01-01T11:00Z
      - 2 minutes                  | 2000-01-01T09:58Z
      + 4 seconds                  | 2000-01-01T10:00:04Z
      + 4 milliseconds             | 2000-01-01T10:00:00.004Z
      midnight+ 4 minutes          | 2000-01-01T00:04Z
      next hour                    | 2000-01-01T11:00Z
      last minute                  | 2000-01-01T09:59Z
      now + 2 hours - 4 minutes    | 2000-01-01T11:56Z
      + 2 hours - 4 minutes        | 2000-01-01T11:56Z
      - 11 hours                   | 1999-12-31T23:00Z
      """)
  void timeExpressions(String expression, String expected) {
    assertThat(DateExpression.time(expression).apply(BASE)).isEqualTo(ZonedDateTime.parse(expected));
  }

  @ParameterizedTest(name = "date-time \"{0}\" is {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      today @ 1 o'clock                               | 2000-01-01T13:00Z
      yesterday @ midnight                            | 1999-12-31T00:00Z
      yesterday @ midnight - 1 hour                   | 1999-12-30T23:00Z
      tomorrow @ now                                  | 2000-01-02T10:00Z
      + 1 day @ noon                                  | 2000-01-02T12:00Z
      + 1 week @ +1 hour                              | 2000-01-08T11:00Z
      - 2 weeks @ now + 1 hour                        | 1999-12-18T11:00Z
      + 4 years @ midnight                            | 2004-01-01T00:00Z
      tomorrow+ 4 years @ 3 o'clock + 40 milliseconds | 2004-01-02T15:00:00.040Z
      next week @ next hour                           | 2000-01-08T11:00Z
      last month @ last hour                          | 1999-12-01T09:00Z
      + 1 month @ midnight                            | 2000-02-01T00:00Z
      @ next monday                                   | ERROR
      @ noon                                          | 2000-01-01T12:00Z
      next friday @ noon                              | 2000-01-07T12:00Z
      + 1 day                                         | 2000-01-02T10:00Z
      """)
  void dateTimeExpressions(String expression, String expected) {
    if (expected.equals("ERROR")) {
      assertThatThrownBy(() -> DateExpression.dateTime(expression)).isInstanceOf(DateExpressionException.class);
    } else {
      assertThat(DateExpression.dateTime(expression).apply(BASE)).isEqualTo(ZonedDateTime.parse(expected));
    }
  }

  @Test
  void monthsAndYearsEndOnTheLastDayOfAShorterMonth() {
    ZonedDateTime endOfJanuary = ZonedDateTime.parse("2001-01-31T10:00:00Z");
    ZonedDateTime leapDay = ZonedDateTime.parse("2000-02-29T10:00:00Z");

    assertThat(DateExpression.date("+ 1 month").apply(endOfJanuary)).isEqualTo("2001-02-28T10:00Z");
    assertThat(DateExpression.date("+ 1 year").apply(leapDay)).isEqualTo("2001-02-28T10:00Z");
    assertThat(DateExpression.date("next march").apply(endOfJanuary)).isEqualTo("2001-03-01T10:00Z");
  }

  @ParameterizedTest(name = "\"{0}\" fails: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      + 1 dya        | expression "+ 1 dya": at position 5 expected a unit (day, week, fortnight, month or year), found "dya"
      + day          | expression "+ day": at position 3 expected a number, found "day"
      +              | expression "+": at position 2 expected a number, found the end
      + 1            | expression "+ 1": at position 4 expected a unit (day, week, fortnight, month or year), found the end
      soon           | expression "soon": at position 1 expected "now", "today", "yesterday", "tomorrow", "+", "-", "next" or "last", found "soon"
      today today    | expression "today today": at position 7 expected "+", "-", "next", "last" or the end, found "today"
      next blursday  | expression "next blursday": at position 6 expected a unit (day, week, fortnight, month, year), a weekday (monday) or a month (june), found "blursday"
      + 1 day @ noon | expression "+ 1 day @ noon": at position 9 expected "+", "-", "next", "last" or the end, found "@"
      + 1234567890 days | expression "+ 1234567890 days": at position 3 expected a number of at most 9 digits, found "1234567890"
      """)
  void invalidDateExpressionsSayWhereAndWhatWasExpected(String expression, String message) {
    assertThatThrownBy(() -> DateExpression.date(expression)).isInstanceOf(DateExpressionException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "\"{0}\" fails: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      13 o'clock       | time | expression "13 o'clock": at position 1 expected an hour from 1 to 12, found "13"
      2 oclock         | time | expression "2 oclock": at position 3 expected "o'clock", found "oclock"
      + 1 day          | time | expression "+ 1 day": at position 5 expected a unit (hour, minute, second or millisecond), found "day"
      teatime          | time | expression "teatime": at position 1 expected "now", "midnight", "noon", an hour ("2 o'clock"), "+", "-", "next" or "last", found "teatime"
      tomorrow @ soon  | dateTime | expression "tomorrow @ soon": at position 12 expected "now", "midnight", "noon", an hour ("2 o'clock"), "+", "-", "next" or "last", found "soon"
      tomorow @ noon   | dateTime | expression "tomorow @ noon": at position 1 expected "now", "today", "yesterday", "tomorrow", "+", "-", "next" or "last", found "tomorow"
      + 1 day noon     | dateTime | expression "+ 1 day noon": at position 9 expected "+", "-", "next", "last" or the end (or "@" and a time), found "noon"
      """)
  void invalidTimeExpressionsSayWhereAndWhatWasExpected(String expression, String kind, String message) {
    Function<String, DateExpression> parser = kind.equals("time") ? DateExpression::time : DateExpression::dateTime;

    assertThatThrownBy(() -> parser.apply(expression)).isInstanceOf(DateExpressionException.class)
        .hasMessage(message);
  }

  @Test
  void plusThenMinusTheSameAmountOfDaysWeeksHoursOrMinutesIsTheBase() {
    qt().withExamples(300).forAll(integers().between(0, 100_000),
            Generate.pick(List.of("day", "days", "week", "weeks", "hour", "minutes", "second", "milliseconds")))
        .checkAssert((n, unit) -> {
          boolean date = unit.startsWith("day") || unit.startsWith("week");
          Function<String, DateExpression> parser = date ? DateExpression::date : DateExpression::time;
          assertThat(parser.apply("+ " + n + " " + unit + " - " + n + " " + unit).apply(BASE)).isEqualTo(BASE);
        });
  }

  @Test
  void plusNDaysIsNDaysLaterAndNextWeekdayIsWithinAWeekAfter() {
    qt().withExamples(300).forAll(integers().between(0, 100_000),
            Generate.pick(List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")))
        .checkAssert((n, day) -> {
          ZonedDateTime base = BASE.plusDays(n % 400);
          assertThat(DateExpression.date("+ " + n + " days").apply(BASE)).isEqualTo(BASE.plusDays(n));
          ZonedDateTime next = DateExpression.date("next " + day).apply(base);
          ZonedDateTime last = DateExpression.date("last " + day).apply(base);
          assertThat(next.getDayOfWeek().name()).isEqualToIgnoringCase(day);
          assertThat(last.getDayOfWeek().name()).isEqualToIgnoringCase(day);
          assertThat(ChronoUnit.DAYS.between(base, next)).isBetween(1L, 7L);
          assertThat(ChronoUnit.DAYS.between(last, base)).isBetween(1L, 7L);
        });
  }
}
