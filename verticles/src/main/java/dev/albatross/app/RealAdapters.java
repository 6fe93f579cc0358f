package dev.albatross.app;

import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.memory.InMemoryEventBus;
import dev.albatross.adapter.memory.InMemoryLoginThrottle;
import dev.albatross.adapter.memory.InMemoryNotifier;
import dev.albatross.adapter.pg.PgCheckpointStore;
import dev.albatross.adapter.pg.PgConfig;
import dev.albatross.adapter.pg.PgEventStore;
import dev.albatross.adapter.pg.PgFlightReadModel;
import dev.albatross.adapter.pg.PgMigrations;
import dev.albatross.adapter.pg.PgPositionStore;
import dev.albatross.adapter.pg.PgReadModels;
import dev.albatross.adapter.pg.PgRelayLock;
import dev.albatross.adapter.rabbitmq.RabbitMqConfig;
import dev.albatross.adapter.rabbitmq.RabbitMqEventPublisher;
import dev.albatross.adapter.rabbitmq.RabbitMqEventSubscriber;
import dev.albatross.adapter.rabbitmq.RabbitMqTopology;
import dev.albatross.adapter.redis.RedisCache;
import dev.albatross.adapter.redis.RedisConfig;
import dev.albatross.adapter.redis.RedisLoginThrottle;
import dev.albatross.adapter.redis.RedisNotificationSubscriber;
import dev.albatross.adapter.redis.RedisNotifier;
import dev.albatross.app.Config.ProcessRole;
import dev.albatross.domain.app.Addresses;
import dev.albatross.domain.port.Leadership;
import dev.albatross.domain.readmodel.ReadModelsWithFlights;
import dev.albatross.http.HealthCheck;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.redis.client.RedisAPI;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the adapters for PostgreSQL, RabbitMQ and Redis, each where its URL is set, with a
 * health check for each and in-memory stand-ins where one is not. RabbitMQ clients are opened
 * only by workers (gateways never touch the bus); migrations run before anything uses the schema.
 */
final class RealAdapters {
  private final Vertx vertx;
  private final Config config;
  private final List<HealthCheck> checks = new ArrayList<>();
  private final List<Supplier<Future<Void>>> closers = new ArrayList<>();

  RealAdapters(Vertx vertx, Config config) {
    this.vertx = vertx;
    this.config = config;
  }

  Future<Adapters> build() {
    if (config.pgUrl().isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException(
          "ALBATROSS_PG_URL is required once RabbitMQ or Redis is configured: processes share the event store"));
    }
    String pgUrl = config.pgUrl().get();
    return PgMigrations.migrate(vertx, pgUrl).compose(v -> withPostgres(pgUrl));
  }

  private Future<Adapters> withPostgres(String pgUrl) {
    PgConnectOptions options = PgConfig.connectOptions(pgUrl).addProperty("application_name", applicationName());
    Pool pool = PgConfig.pool(vertx, options, PgConfig.DEFAULT_POOL_SIZE);
    PgEventStore store = new PgEventStore(vertx, pool, options);
    PgReadModels readModels = new PgReadModels(pool);
    PgFlightReadModel flights = new PgFlightReadModel(pool);
    closers.add(store::close);
    closers.add(pool::close);
    Supplier<Future<Void>> ping = () -> pool.query("select 1").execute().mapEmpty();
    checks.add(HealthCheck.of("postgresql", ping));
    Leadership relay = relayLeadership(options);
    // Migrations connect through JDBC; the pool's first connection is opened here, so a URL the
    // pool cannot use fails the start, not the first request.
    return ping.get().compose(v -> bus()).compose(bus -> redis().map(redis -> new Adapters(store, store, relay,
        bus.publisher, bus.subscriber, new PgCheckpointStore(pool), redis.notifier, redis.notifications, redis.cache,
        redis.throttle, readModels, readModels, readModels, readModels, flights, new PgPositionStore(pool),
        new ReadModelsWithFlights(readModels, flights), List.copyOf(checks),
        List.copyOf(closers))));
  }

  /** How PostgreSQL names this process's connections ({@code pg_stat_activity}): by its roles. */
  private String applicationName() {
    return "albatross-" + (config.runs(ProcessRole.GATEWAY) && config.runs(ProcessRole.WORKER) ? "all"
        : config.runs(ProcessRole.WORKER) ? "worker" : "gateway");
  }

  private Leadership relayLeadership(PgConnectOptions options) {
    PgRelayLock lock = PgRelayLock.forRelay(vertx, options);
    closers.add(lock::release);
    return new Leadership() {
      @Override
      public Future<Boolean> tryAcquire() {
        return lock.tryAcquire();
      }

      @Override
      public void onLost(Runnable lost) {
        lock.lostHandler(v -> lost.run());
      }
    };
  }

  private record Bus(dev.albatross.domain.port.EventPublisher publisher,
      dev.albatross.domain.port.EventSubscriber subscriber) {}

  private Future<Bus> bus() {
    if (config.rabbitMqUrl().isEmpty()) {
      InMemoryEventBus local = new InMemoryEventBus(vertx);
      return Future.succeededFuture(new Bus(local, local));
    }
    if (!config.runs(ProcessRole.WORKER)) {
      return Future.succeededFuture(new Bus(events -> Future.failedFuture(
          new IllegalStateException("a gateway publishes no events")), handler -> Future.succeededFuture()));
    }
    String url = config.rabbitMqUrl().get();
    RabbitMqEventPublisher publisher =
        new RabbitMqEventPublisher(vertx, RabbitMqConfig.options(url, "albatross-relay"), RabbitMqTopology.DEFAULT);
    RabbitMqEventSubscriber subscriber = new RabbitMqEventSubscriber(vertx,
        RabbitMqConfig.options(url, "albatross-projections"), RabbitMqTopology.DEFAULT, RabbitMqEventSubscriber.PROJECTIONS_PREFETCH);
    closers.add(subscriber::stop);
    closers.add(publisher::stop);
    checks.add(HealthCheck.of("rabbitmq", () -> publisher.connected() && subscriber.connected()
        ? Future.succeededFuture()
        : Future.failedFuture("not connected")));
    return publisher.start().map(v -> new Bus(publisher, subscriber));
  }

  private record Redis(dev.albatross.domain.port.Notifier notifier, Supplier<Future<Void>> notifications,
      dev.albatross.domain.port.Cache cache, dev.albatross.domain.port.LoginThrottle throttle) {}

  private Future<Redis> redis() {
    if (config.redisUrl().isEmpty()) {
      return Future.succeededFuture(new Redis(new InMemoryNotifier(vertx), Future::succeededFuture, new InMemoryCache(),
          new InMemoryLoginThrottle(Adapters.LOGIN_FAILURES, Adapters.LOGIN_WINDOW)));
    }
    String url = config.redisUrl().get();
    io.vertx.redis.client.Redis client = RedisConfig.client(vertx, url);
    RedisAPI api = RedisAPI.api(client);
    closers.add(() -> {
      api.close();
      return Future.succeededFuture();
    });
    checks.add(HealthCheck.of("redis", () -> api.ping(List.of()).mapEmpty()));
    RedisNotificationSubscriber subscriber = new RedisNotificationSubscriber(vertx, RedisConfig.options(url),
        RedisNotifier.DEFAULT_CHANNEL, n -> vertx.eventBus().publish(Addresses.NOTIFICATIONS, n),
        hearing -> vertx.eventBus().publish(Addresses.HEARING_NOTIFICATIONS, hearing));
    closers.add(subscriber::close);
    Supplier<Future<Void>> notifications = config.runs(ProcessRole.GATEWAY) ? subscriber::start : Future::succeededFuture;
    return Future.succeededFuture(new Redis(new RedisNotifier(client, RedisNotifier.DEFAULT_CHANNEL), notifications,
        new RedisCache(client, RedisCache.DEFAULT_PREFIX),
        new RedisLoginThrottle(api, RedisLoginThrottle.DEFAULT_PREFIX, Adapters.LOGIN_FAILURES, Adapters.LOGIN_WINDOW)));
  }

}
