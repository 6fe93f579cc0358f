package dev.albatross;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Albatross;
import dev.albatross.api.Caller;
import dev.albatross.security.CapturedLogs;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Micrometer's notices of Vert.x's gauges registered again stay out of the log")
class VertxGaugeRegistrationsTest {
  @RegisterExtension
  @Order(1)
  static final CapturedLogs logs = new CapturedLogs();

  @RegisterExtension
  @Order(2)
  static final Albatross app = new Albatross();

  @Test
  @DisplayName("a start and some traffic log none, and Vert.x's gauges are still exported")
  void startAndTraffic() {
    Caller pilot = app.newPilot(app.createTenant());
    pilot.filePirep();
    pilot.filePirep();
    pilot.getUntil("/api/pireps", r -> r.status() == 200 && r.items().size() == 2);

    // Micrometer logs the first at WARN and the later ones at DEBUG; every level is captured here
    assertThat(logs.entriesWith("has been already registered (MeterId{name='vertx.")).isEmpty();
    String metrics = app.anonymous().get("/metrics").body();
    assertThat(value(metrics, "vertx_eventbus_handlers")).as("event-bus consumers").isGreaterThan(0);
    assertThat(value(metrics, "vertx_eventbus_processed_total{side=\"local\"}")).as("commands processed")
        .isGreaterThan(0);
    assertThat(metrics).contains("vertx_http_server_active_requests{");
  }

  @Test
  @DisplayName("a gauge of another name registered twice is still reported")
  void otherGauges() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    AtomicInteger value = new AtomicInteger();
    Gauge.builder("albatross.gauge.registered.twice", value, AtomicInteger::get).register(registry);
    Gauge.builder("albatross.gauge.registered.twice", value, AtomicInteger::get).register(registry);
    assertThat(logs.entriesWith("has been already registered (MeterId{name='albatross.gauge.registered.twice'"))
        .hasSize(1);
  }

  private static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
    assertThat(m.find()).as("%s in /metrics", series).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
