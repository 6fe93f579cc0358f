package dev.albatross.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs, at every level and from every logger, and whatever it prints
 * to standard output and error, while a test class runs: register it before the application.
 */
public final class CapturedLogs implements BeforeAllCallback, AfterAllCallback {
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final Map<Logger, Level> levels = new HashMap<>();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private PrintStream out;
  private PrintStream err;

  @Override
  public void beforeAll(ExtensionContext context) {
    LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    for (Logger logger : loggers.getLoggerList()) {
      levels.put(logger, logger.getLevel());
      if (logger != root) {
        logger.setLevel(null);
      }
    }
    root.setLevel(Level.ALL);
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    events.setContext(loggers);
    events.start();
    root.addAppender(events);
    out = System.out;
    err = System.err;
    System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    System.setOut(out);
    System.setErr(err);
    LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(events);
    events.stop();
    detached.forEach(root::addAppender);
    levels.forEach(Logger::setLevel);
  }

  /** Everything captured, as one text. */
  public String text() {
    return String.join("\n", entries());
  }

  /** The log events, or printed lines, that contain {@code part}. */
  public List<String> entriesWith(String part) {
    return entries().stream().filter(entry -> entry.contains(part)).toList();
  }

  /** Each log event on one line, with its arguments, MDC and stack trace; then each printed line. */
  private List<String> entries() {
    List<ILoggingEvent> captured;
    synchronized (events) {
      captured = List.copyOf(events.list);
    }
    List<String> entries = new ArrayList<>();
    for (ILoggingEvent event : captured) {
      StringBuilder entry = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
          .append(" - ").append(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
      if (event.getArgumentArray() != null) {
        for (Object argument : event.getArgumentArray()) {
          entry.append(" | ").append(argument);
        }
      }
      if (event.getThrowableProxy() != null) {
        entry.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
      entries.add(entry.toString());
    }
    synchronized (printed) {
      entries.addAll(List.of(printed.toString(StandardCharsets.UTF_8).split("\n")));
    }
    return entries;
  }

  private OutputStream tee(PrintStream original) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        original.write(b);
        synchronized (printed) {
          printed.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        original.write(b, off, len);
        synchronized (printed) {
          printed.write(b, off, len);
        }
      }
    };
  }
}
