package dev.treaty.generate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of (part of) a date/time expression: words (lower-cased, with {@code '} for {@code
 * o'clock}), numbers and signs, each with its position in the whole expression; exists so that
 * {@link DateExpression} reads like its grammar and every error can say where it is.
 */
final class ExpressionTokens {
  private final String expression;
  private final List<Token> tokens;
  private int index;

  private ExpressionTokens(String expression, List<Token> tokens) {
    this.expression = expression;
    this.tokens = tokens;
  }

  /** One token; {@code position} counts from 0 in the whole expression. */
  record Token(Kind kind, String text, int position) {
    boolean isSign() {
      return kind == Kind.SIGN;
    }

    boolean isNumber() {
      return kind == Kind.NUMBER;
    }

    String describe() {
      return kind == Kind.END ? "the end" : "\"" + text + "\"";
    }
  }

  enum Kind { WORD, NUMBER, SIGN, OTHER, END }

  /** The tokens of {@code expression} from {@code from} (inclusive) to {@code to} (exclusive). */
  static ExpressionTokens of(String expression, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      Kind kind;
      if (Character.isLetter(c)) {
        while (i < to && (Character.isLetter(expression.charAt(i)) || expression.charAt(i) == '\'')) {
          i++;
        }
        kind = Kind.WORD;
      } else if (Character.isDigit(c)) {
        while (i < to && Character.isDigit(expression.charAt(i))) {
          i++;
        }
        kind = Kind.NUMBER;
      } else {
        i++;
        kind = c == '+' || c == '-' ? Kind.SIGN : Kind.OTHER;
      }
      String text = expression.substring(start, i);
      tokens.add(new Token(kind, kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text, start));
    }
    tokens.add(new Token(Kind.END, "", to));
    return new ExpressionTokens(expression, tokens);
  }

  boolean atEnd() {
    return peek().kind() == Kind.END;
  }

  Token peek() {
    return tokens.get(index);
  }

  /** The next token's text when it is a word, else null. */
  String peekWord() {
    return peek().kind() == Kind.WORD ? peek().text() : null;
  }

  Token next() {
    Token token = peek();
    if (token.kind() != Kind.END) {
      index++;
    }
    return token;
  }

  /** Whether an adjustment starts here: a sign, {@code next} or {@code last}. */
  boolean atStep() {
    String word = peekWord();
    return peek().isSign() || "next".equals(word) || "last".equals(word);
  }

  /** Consumes a number of at most nine digits. */
  long number() {
    Token token = peek();
    if (!token.isNumber() || token.text().length() > 9) {
      throw expected(token, token.isNumber() ? "a number of at most 9 digits" : "a number");
    }
    next();
    return Long.parseLong(token.text());
  }

  void expectEnd(String expected) {
    if (!atEnd()) {
      throw expected(expected);
    }
  }

  DateExpressionException expected(String expected) {
    return expected(peek(), expected);
  }

  DateExpressionException expected(Token found, String expected) {
    return new DateExpressionException("expression \"" + expression + "\": at position " + (found.position() + 1)
        + " expected " + expected + ", found " + found.describe());
  }
}
