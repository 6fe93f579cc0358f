package dev.albatross;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The process's logging")
class LogSetupTest {

  @Test
  @DisplayName("writes INFO and above as timestamped lines on standard output; Netty's from WARN")
  void setUpInCode() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(context.getLogger("dev.albatross.app.Application").isInfoEnabled()).isTrue();
    assertThat(context.getLogger("dev.albatross.app.Application").isDebugEnabled()).isFalse();
    assertThat(context.getLogger("io.netty.channel.nio").isInfoEnabled()).isFalse();
    assertThat(context.getLogger("io.netty.channel.nio").isWarnEnabled()).isTrue();

    ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDOUT");
    assertThat(console.isStarted()).isTrue();
    assertThat(console.getTarget()).isEqualTo("System.out");
    PatternLayoutEncoder encoder = (PatternLayoutEncoder) console.getEncoder();
    LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger("dev.albatross.app.Application"),
        Level.INFO, "up on port {}", null, new Object[] {8080});
    assertThat(new String(encoder.encode(event), StandardCharsets.UTF_8))
        .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  d\\.a\\.app\\.Application - up on port 8080\\R");
  }

  @Test
  @DisplayName("gives way to a logback-test.xml on the class path, as the tests have")
  void givesWayToTestConfiguration() {
    LoggerContext context = new LoggerContext();
    assertThat(new LogSetup().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isNull();
  }

  @Test
  @DisplayName("is the configurator logback finds on the class path (without it, logback would log DEBUG)")
  void registeredWithLogback() {
    assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
        .contains(LogSetup.class);
  }
}
