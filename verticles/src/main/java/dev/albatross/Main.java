package dev.albatross;

import dev.albatross.app.Application;
import dev.albatross.app.Config;
import dev.albatross.simulator.Simulator;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts one Albatross process with the roles and adapters its environment names. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    Config config;
    try {
      config = Config.fromEnv(System.getenv());
    } catch (IllegalArgumentException e) {
      LOG.error("Configuration error: {}", e.getMessage());
      System.exit(2);
      return;
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Vertx vertx = vertx(registry);
    if (args.length > 0 && "simulate".equals(args[0])) {
      simulate(vertx, java.util.Arrays.asList(args).subList(1, args.length));
      return;
    }
    if (args.length > 0) {
      runCommand(vertx, config, args[0]);
      return;
    }
    Application.start(vertx, config, registry).onFailure(failure -> {
      LOG.error("Albatross failed to start: {}", failure.toString());
      vertx.close().onComplete(done -> System.exit(1));
    });
  }

  private static void runCommand(Vertx vertx, Config config, String command) {
    if (!"rebuild-projections".equals(command)) {
      LOG.error("Unknown command '{}'; the commands are rebuild-projections and simulate", command);
      System.exit(2);
    }
    Application.rebuildProjections(vertx, config).onComplete(done -> {
      if (done.succeeded()) {
        System.out.printf("rebuild-projections: done, %d events%n", done.result());
      } else {
        LOG.error("rebuild-projections failed: {}", done.cause().toString());
      }
      vertx.close().onComplete(closed -> System.exit(done.succeeded() ? 0 : 1));
    });
  }

  /** The ACARS simulator: flies, reports and files flights through the HTTP API of a running Albatross. */
  private static void simulate(Vertx vertx, java.util.List<String> args) {
    Simulator.run(vertx, args).onComplete(done -> {
      if (done.succeeded()) {
        System.out.printf("simulate: done, %d flights filed%n", done.result());
      } else {
        System.err.println("simulate failed: " + done.cause().getMessage());
      }
      vertx.close().onComplete(closed -> System.exit(done.succeeded() ? 0 : 1));
    });
  }

  public static Vertx vertx(PrometheusMeterRegistry registry) {
    VertxGaugeRegistrations.install();
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true);
    return Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(metrics).setEventLoopPoolSize(Application.eventLoops()))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
  }
}
