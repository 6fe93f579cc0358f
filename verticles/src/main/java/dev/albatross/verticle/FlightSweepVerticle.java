package dev.albatross.verticle;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.app.CommandService;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.flight.FlightCommand.MarkLost;
import dev.albatross.domain.model.flight.FlightDecider;
import dev.albatross.domain.model.flight.FlightStatus;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.FlightQueries;
import dev.albatross.domain.readmodel.FlightQueries.FlightFilter;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks flights lost that sent no position for {@link Settings#lostAfter}: every {@link
 * Settings#every}, it reads the flights in progress and sends each silent one {@link MarkLost}.
 * Several workers may sweep at once: the flight's decider answers a second mark with nothing.
 */
public final class FlightSweepVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(FlightSweepVerticle.class);
  /** Who marks a flight lost: no user, the platform itself. */
  private static final Actor SWEEP = new Actor(new UUID(0, 0), Role.PLATFORM_ADMIN, null);

  /** {@code ALBATROSS_FLIGHT_LOST_AFTER} and {@code ALBATROSS_FLIGHT_SWEEP_EVERY}, ISO-8601 durations. */
  public record Settings(Duration lostAfter, Duration every) {
    public static final Settings DEFAULT = new Settings(FlightDecider.LOST_AFTER, Duration.ofMinutes(1));

    public static Settings fromEnv(Map<String, String> env) {
      return new Settings(duration(env, "ALBATROSS_FLIGHT_LOST_AFTER", DEFAULT.lostAfter),
          duration(env, "ALBATROSS_FLIGHT_SWEEP_EVERY", DEFAULT.every));
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
      return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(Duration::parse).orElse(fallback);
    }
  }

  private final FlightQueries flights;
  private final CommandService commands;
  private final Clock clock;
  private final Settings settings;
  private final MeterRegistry registry;
  private final AtomicLong marked = new AtomicLong();
  private final AtomicLong sweeps = new AtomicLong();
  private long timer;
  private boolean sweeping;

  public FlightSweepVerticle(FlightQueries flights, CommandService commands, Clock clock, Settings settings,
      MeterRegistry registry) {
    this.flights = flights;
    this.commands = commands;
    this.clock = clock;
    this.settings = settings;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    FunctionCounter.builder("albatross.flights.marked.lost", marked, AtomicLong::get)
        .description("Flights this process marked lost").register(registry);
    FunctionCounter.builder("albatross.flights.sweeps", sweeps, AtomicLong::get)
        .description("Sweeps for lost flights this process completed").register(registry);
    timer = vertx.setPeriodic(settings.every().toMillis(), id -> sweep());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  /** One sweep at a time: a slow one is not overtaken by the next tick. */
  private void sweep() {
    if (sweeping) {
      return;
    }
    sweeping = true;
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    sweepPage(PageRequest.first(PageRequest.MAX_LIMIT), now)
        .onSuccess(v -> sweeps.incrementAndGet())
        .onFailure(failure -> LOG.warn("Sweep for lost flights failed: {}", failure.toString()))
        .onComplete(done -> sweeping = false);
  }

  private Future<Void> sweepPage(PageRequest request, Instant now) {
    return flights.flights(new FlightFilter(Optional.empty(), FlightStatus.IN_PROGRESS), request)
        .compose(page -> markSilent(page, now).compose(v -> page.nextCursor() == null
            ? Future.succeededFuture()
            : sweepPage(new PageRequest(request.limit(), Optional.of(
                Cursor.decode(page.nextCursor()))), now)));
  }

  private Future<Void> markSilent(Page<FlightView> page, Instant now) {
    Future<Void> chain = Future.succeededFuture();
    for (FlightView flight : page.items()) {
      if (!now.isBefore(flight.lastSeenAt().plus(settings.lostAfter()))) {
        chain = chain.compose(v -> markLost(flight, now));
      }
    }
    return chain;
  }

  private Future<Void> markLost(FlightView flight, Instant now) {
    CommandContext ctx = new CommandContext(UUID.randomUUID(), SWEEP, now, UUID.randomUUID());
    return commands.handle(ctx, new MarkLost(flight.id(), now, settings.lostAfter()))
        .onSuccess(outcome -> marked.addAndGet(outcome.recorded() > 0 ? 1 : 0))
        .<Void>mapEmpty()
        .otherwise(failure -> {
          LOG.warn("Marking flight {} lost failed: {}", flight.id(), failure.toString());
          return null;
        });
  }
}
