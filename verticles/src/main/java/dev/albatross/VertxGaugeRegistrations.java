package dev.albatross;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Drops Micrometer's notice that one of Vert.x's gauges was registered again, which every process
 * logged once it had a second event-bus consumer (at start), HTTP request or connection.
 *
 * <p>vertx-micrometer-metrics 5.0 builds and registers its gauges (event-bus handlers and pending
 * messages, active HTTP requests and connections, pool queues) anew for each consumer, request or
 * connection; Micrometer 1.14+ returns the gauge registered first and logs each later registration
 * (the first at WARN). The gauges read a counter shared by id, so nothing is lost: the Vert.x project
 * documents this as harmless (vert-x3/vertx-micrometer-metrics#259, "Gauge has already been registered
 * warning"; #296 plans other meter types). Gauges of any other name are still reported.
 */
final class VertxGaugeRegistrations extends TurboFilter {
  static final String LOGGER = "io.micrometer.core.instrument.MeterRegistry";
  private static final String NOTICE = "This Gauge has been already registered (MeterId{name='vertx.";

  private VertxGaugeRegistrations() {}

  /** Adds the filter to Logback's context, once; other logging back ends are left as they are. */
  static void install() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(VertxGaugeRegistrations.class::isInstance)) {
      VertxGaugeRegistrations filter = new VertxGaugeRegistrations();
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    return format != null && format.startsWith(NOTICE) && LOGGER.equals(logger.getName())
        ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
