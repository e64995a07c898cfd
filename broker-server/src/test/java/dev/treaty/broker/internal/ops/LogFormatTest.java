package dev.treaty.broker.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.broker.internal.api.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

/** The broker's logback.xml, configured into a private logger context (the test JVM's stays as it is). */
class LogFormatTest {
  private static final ObjectMapper MAPPER = JsonTrees.MAPPER;

  @Test
  void jsonFormatWritesOneParseableObjectPerLineWithKeyValuesAsFields() throws Exception {
    LoggerContext context = configure("json");
    OutputStreamAppender<ILoggingEvent> appender = rootAppender(context);
    assertThat(warnings(context)).isEmpty();
    LoggingEvent event = new LoggingEvent("test", context.getLogger("dev.treaty.broker.access"), Level.INFO,
        "GET {} 200 \"quoted\"\nsecond line", new IllegalStateException("boom"), new Object[] {"/health"});
    event.addKeyValuePair(new KeyValuePair("route", "/health"));
    event.addKeyValuePair(new KeyValuePair("status", 200));

    String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith("\n");
    assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
    JsonNode json = MAPPER.readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("INFO");
    assertThat(json.get("loggerName").asText()).isEqualTo("dev.treaty.broker.access");
    assertThat(json.get("formattedMessage").asText()).isEqualTo("GET /health 200 \"quoted\"\nsecond line");
    assertThat(json.get("kvpList").toString()).contains("\"route\":\"/health\"").contains("\"status\":\"200\"");
    assertThat(json.at("/throwable/message").asText()).isEqualTo("boom");
  }

  @Test
  void textIsTheDefault() throws Exception {
    LoggerContext context = configure(null);

    assertThat(rootAppender(context).getEncoder()).isInstanceOf(PatternLayoutEncoder.class);
    assertThat(warnings(context)).isEmpty();
  }

  @Test
  void formatIgnoresCase() throws Exception {
    assertThat(rootAppender(configure("JSON")).getEncoder()).isInstanceOf(JsonEncoder.class);
  }

  @Test
  void unknownFormatWarnsAndLogsText() throws Exception {
    LoggerContext context = configure("yaml");

    assertThat(rootAppender(context).getEncoder()).isInstanceOf(PatternLayoutEncoder.class);
    assertThat(warnings(context)).containsExactly("TREATY_LOG_FORMAT=yaml is not a log format; use json or text. Logging text.");
  }

  /** Logback prints its whole status at start-up when there is any warning, so there must be none. */
  private static List<String> warnings(LoggerContext context) {
    return context.getStatusManager().getCopyOfStatusList().stream()
        .filter(status -> status.getLevel() >= Status.WARN)
        .map(Status::getMessage)
        .toList();
  }

  private static LoggerContext configure(String format) throws JoranException {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    if (format != null) {
      context.putProperty(LogFormat.VARIABLE, format);
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
    return context;
  }

  private static OutputStreamAppender<ILoggingEvent> rootAppender(LoggerContext context) {
    OutputStreamAppender<ILoggingEvent> appender =
        (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
    assertThat(appender).as("root appender STDOUT").isNotNull();
    return appender;
  }
}
