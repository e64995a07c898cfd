package dev.treaty.matching.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiled regular expressions, cached; exists so a regex rule is compiled once, not per value. */
public final class Patterns {
  private static final int LIMIT = 1024;
  private static final Pattern INVALID = Pattern.compile("(?!)");
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Patterns() {}

  /** The compiled pattern; an invalid expression yields a pattern that matches nothing. */
  public static Pattern compile(String regex) {
    Pattern p = CACHE.get(regex);
    if (p == null) {
      if (CACHE.size() >= LIMIT) {
        CACHE.clear();
      }
      p = CACHE.computeIfAbsent(regex, Patterns::tryCompile);
    }
    return p;
  }

  /** Whether {@code regex} compiles. */
  public static boolean isValid(String regex) {
    return compile(regex) != INVALID;
  }

  private static Pattern tryCompile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return INVALID;
    }
  }
}
