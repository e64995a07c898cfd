package dev.treaty.generate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Random strings that match a regular expression, for the {@code Regex} generator: literals,
 * escapes ({@code \d \w \s \.}), character classes ({@code [a-z0-9_]}), {@code .}, groups, {@code
 * |}, and the quantifiers {@code ? * + {n} {n,} {n,m}} (open ones repeat at most 5 times more).
 * Anything else (negated classes, look-arounds, back references) gives no string, and so does a
 * result the JDK's {@link Pattern} does not accept; the caller then keeps the example.
 */
public final class RegexStrings {
  private static final int OPEN_REPEATS = 5;
  private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  private static final String DIGITS = "0123456789";

  private final String regex;
  private final Random random;
  private int i;

  private RegexStrings(String regex, Random random) {
    this.regex = regex;
    this.random = random;
  }

  /** A string that {@code regex} matches completely, or empty when the expression is beyond this class. */
  public static Optional<String> generate(String regex, Random random) {
    try {
      RegexStrings parser = new RegexStrings(regex, random);
      StringBuilder out = new StringBuilder();
      parser.alternation(out);
      if (parser.i != regex.length() || !Pattern.matches(regex, out)) {
        return Optional.empty();
      }
      return Optional.of(out.toString());
    } catch (Unsupported | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Thrown inside the parser for a construct it does not generate. */
  private static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private void alternation(StringBuilder out) throws Unsupported {
    List<StringBuilder> branches = new ArrayList<>();
    do {
      StringBuilder branch = new StringBuilder();
      sequence(branch);
      branches.add(branch);
    } while (i < regex.length() && regex.charAt(i) == '|' && ++i > 0);
    out.append(branches.get(random.nextInt(branches.size())));
  }

  private void sequence(StringBuilder out) throws Unsupported {
    while (i < regex.length() && regex.charAt(i) != '|' && regex.charAt(i) != ')') {
      char c = regex.charAt(i);
      if (c == '^' || c == '$') {
        i++;
        continue;
      }
      int start = i;
      atom(new StringBuilder());                       // parse once to find where the atom ends
      int[] repeats = quantifier();
      int n = repeats[0] + random.nextInt(repeats[1] - repeats[0] + 1);
      int after = i;
      for (int k = 0; k < n; k++) {                    // each repetition makes its own choices
        i = start;
        atom(out);
      }
      i = after;
    }
  }

  private void atom(StringBuilder out) throws Unsupported {
    char c = regex.charAt(i++);
    switch (c) {
      case '(' -> {
        if (regex.startsWith("?:", i)) {
          i += 2;
        } else if (i < regex.length() && regex.charAt(i) == '?') {
          throw new Unsupported();
        }
        alternation(out);
        expect(')');
      }
      case '[' -> out.append(characterClass());
      case '.' -> out.append(pick(WORD));
      case '\\' -> out.append(escape(false));
      case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
      default -> out.append(c);
    }
  }

  private char characterClass() throws Unsupported {
    if (i < regex.length() && regex.charAt(i) == '^') {
      throw new Unsupported();
    }
    StringBuilder members = new StringBuilder();
    while (i < regex.length() && regex.charAt(i) != ']') {
      char from = regex.charAt(i++);
      String single = from == '\\' ? escape(true) : String.valueOf(from);
      if (single.length() == 1 && i + 1 < regex.length() && regex.charAt(i) == '-' && regex.charAt(i + 1) != ']') {
        i++;
        char to = regex.charAt(i++);
        if (to == '\\' || to < single.charAt(0)) {
          throw new Unsupported();
        }
        for (char m = single.charAt(0); m <= to; m++) {
          members.append(m);
        }
      } else {
        members.append(single);
      }
    }
    expect(']');
    if (members.length() == 0) {
      throw new Unsupported();
    }
    return pick(members.toString());
  }

  /** After a backslash: one character, or in a class all the characters of {@code \d}, {@code \w}, {@code \s}. */
  private String escape(boolean inClass) throws Unsupported {
    char c = regex.charAt(i++);
    String set = switch (c) {
      case 'd' -> DIGITS;
      case 'w' -> WORD;
      case 's' -> " ";
      case 't' -> "\t";
      case 'n' -> "\n";
      default -> Character.isLetterOrDigit(c) ? null : String.valueOf(c);
    };
    if (set == null) {
      throw new Unsupported();
    }
    return inClass ? set : String.valueOf(pick(set));
  }

  private int[] quantifier() throws Unsupported {
    if (i >= regex.length()) {
      return new int[] {1, 1};
    }
    char c = regex.charAt(i);
    int[] repeats = switch (c) {
      case '?' -> new int[] {0, 1};
      case '*' -> new int[] {0, OPEN_REPEATS};
      case '+' -> new int[] {1, 1 + OPEN_REPEATS};
      case '{' -> null;
      default -> new int[] {1, 1};
    };
    if (repeats == null) {
      int close = regex.indexOf('}', i);
      if (close < 0) {
        throw new Unsupported();
      }
      String[] bounds = regex.substring(i + 1, close).split(",", -1);
      int min = Integer.parseInt(bounds[0].trim());
      int max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + OPEN_REPEATS : Integer.parseInt(bounds[1].trim());
      repeats = new int[] {min, max};
      i = close;
    }
    if (c == '?' || c == '*' || c == '+' || c == '{') {
      i++;
      if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
        i++;                                         // lazy or possessive: the same strings
      }
    }
    return repeats;
  }

  private void expect(char c) throws Unsupported {
    if (i >= regex.length() || regex.charAt(i) != c) {
      throw new Unsupported();
    }
    i++;
  }

  private char pick(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }
}
