package dev.treaty.broker.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * What the broker logged while being fuzzed: every warning and error (kept, with the 500s' error
 * ids mapped to their exceptions so a finding shows its cause), while the per-request access log
 * is held back so that tens of thousands of requests do not flood the build output.
 */
final class ServerLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private static final String ACCESS = "dev.treaty.broker.access";
  private final Map<String, String> causesById = new ConcurrentHashMap<>();
  private final List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Logger access = (Logger) LoggerFactory.getLogger(ACCESS);
  private final Level accessLevel;
  private final List<ch.qos.logback.core.Appender<ILoggingEvent>> held = new ArrayList<>();

  private ServerLog() {
    accessLevel = access.getLevel();
  }

  /** Takes over the root logger's output until {@link #close()}: warnings are kept here, not printed. */
  static ServerLog capture() {
    ServerLog log = new ServerLog();
    log.setContext(log.root.getLoggerContext());
    log.start();
    log.root.iteratorForAppenders().forEachRemaining(log.held::add);
    log.held.forEach(log.root::detachAppender);
    log.root.addAppender(log);
    log.access.setLevel(Level.WARN);
    return log;
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
      return;
    }
    String cause = cause(event.getThrowableProxy());
    Object[] args = event.getArgumentArray();
    if (args != null && args.length > 0 && event.getMessage().startsWith("unexpected error")) {
      causesById.put(String.valueOf(args[0]), cause);
    }
    if (warnings.size() < 1_000) {
      warnings.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage() + (cause.isEmpty() ? "" : " <- " + cause));
    }
  }

  /** The exception chain logged for the 500 whose body named {@code errorId}, or null. */
  String causeOf(String errorId) {
    return causesById.get(errorId);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** {@code Outer: message <- Inner: message}, each with its first frame in Treaty code. */
  private static String cause(IThrowableProxy proxy) {
    StringBuilder out = new StringBuilder();
    for (IThrowableProxy t = proxy; t != null; t = t.getCause()) {
      if (out.length() > 0) {
        out.append(" <- ");
      }
      String message = t.getMessage() == null ? "" : t.getMessage();
      out.append(t.getClassName()).append(": ").append(message.length() > 300 ? message.substring(0, 300) + "…" : message);
      for (var frame : t.getStackTraceElementProxyArray()) {
        if (frame.getStackTraceElement().getClassName().startsWith("dev.treaty")) {
          out.append(" at ").append(frame.getStackTraceElement());
          break;
        }
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    root.detachAppender(this);
    held.forEach(root::addAppender);
    access.setLevel(accessLevel);
    stop();
  }
}
