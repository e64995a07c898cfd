package dev.treaty.cli.internal;

import dev.treaty.broker.client.Notice;
import java.io.PrintWriter;
import java.util.List;

/** Prints a broker's notices indented under what they are about, multi-line texts kept aligned. */
public final class NoticeLines {
  private NoticeLines() {}

  /** Each notice as {@code   [type] text}; continuation lines indented to the text. */
  public static void print(List<Notice> notices, PrintWriter out) {
    for (Notice notice : notices) {
      String prefix = "  [" + notice.type() + "] ";
      out.println(prefix + notice.text().strip().replace("\n", "\n" + " ".repeat(prefix.length())));
    }
  }

  /** Each text as an indented line, continuation lines aligned. */
  public static void printTexts(List<String> texts, String indent, PrintWriter out) {
    for (String text : texts) {
      out.println(indent + text.strip().replace("\n", "\n" + indent));
    }
  }
}
