package dev.albatross.app;

import dev.albatross.adapter.journal.DataDirectory;
import dev.albatross.adapter.memory.InMemoryCache;
import dev.albatross.adapter.tsv.TsvAirports;
import dev.albatross.app.Config.ProcessRole;
import dev.albatross.command.CommandBus;
import dev.albatross.domain.app.CommandService;
import dev.albatross.domain.app.FlightAccess;
import dev.albatross.domain.app.LiveNotifications;
import dev.albatross.domain.app.PilotCareers;
import dev.albatross.domain.app.PilotStatsNotifications;
import dev.albatross.domain.app.ProjectionRebuild;
import dev.albatross.domain.app.ProjectionService;
import dev.albatross.domain.app.UserDirectory;
import dev.albatross.domain.port.Airports;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.HealthCheck;
import dev.albatross.domain.readmodel.ReadModels;
import dev.albatross.domain.port.Pause;
import dev.albatross.http.AirportRoutes;
import dev.albatross.http.ApiKeyRoutes;
import dev.albatross.http.AuthRoutes;
import dev.albatross.http.Authentication;
import dev.albatross.http.BridgeVerticle;
import dev.albatross.http.CachedReads;
import dev.albatross.http.CareerRoutes;
import dev.albatross.http.FlightRoutes;
import dev.albatross.http.HttpApi;
import dev.albatross.http.LiveBridge;
import dev.albatross.http.OpsRoutes;
import dev.albatross.http.OriginPolicy;
import dev.albatross.http.PirepNearCache;
import dev.albatross.http.PirepRoutes;
import dev.albatross.http.ReadConsistency;
import dev.albatross.http.TenantRoutes;
import dev.albatross.http.UserRoutes;
import dev.albatross.security.PasswordHasher;
import dev.albatross.security.Secrets;
import dev.albatross.security.Tokens;
import dev.albatross.verticle.CommandVerticle;
import dev.albatross.verticle.FlightSweepVerticle;
import dev.albatross.verticle.HttpVerticle;
import dev.albatross.verticle.OutboxRelayVerticle;
import dev.albatross.verticle.PipelineWatchVerticle;
import dev.albatross.verticle.ProjectionVerticle;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Albatross process: builds the adapters the configuration names and deploys its roles' verticles. */
public final class Application {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final Duration RELAY_POLL = Duration.ofSeconds(1);

  private final Vertx vertx;
  private final Config config;
  private final PasswordHasher hasher;
  /** The initial admin's creation, its password hash begun as the process starts; gateways only. */
  private final AdminBootstrap admin;
  /** The airport database, its reading begun as the process starts, beside the adapters'; gateways only. */
  private final Future<Airports> airports;
  private final Adapters adapters;
  private final FlightSweepVerticle.Settings flightSweep;
  /** The adapters' checks, and the pipeline's in a worker. */
  private final List<HealthCheck> healthChecks = new ArrayList<>();
  private HttpApi api;

  private Application(Vertx vertx, Config config, PasswordHasher hasher, AdminBootstrap admin,
      Future<Airports> airports, Adapters adapters, FlightSweepVerticle.Settings flightSweep) {
    this.vertx = vertx;
    this.config = config;
    this.hasher = hasher;
    this.admin = admin;
    this.airports = airports;
    this.adapters = adapters;
    this.flightSweep = flightSweep;
    this.healthChecks.addAll(adapters.healthChecks());
  }

  public static Future<Application> start(Vertx vertx, Config given, PrometheusMeterRegistry registry) {
    return start(vertx, given, registry, FlightSweepVerticle.Settings.fromEnv(System.getenv()));
  }

  /** As configured, with when flights are lost given apart (tests lose a flight in seconds). */
  public static Future<Application> start(Vertx vertx, Config given, PrometheusMeterRegistry registry,
      FlightSweepVerticle.Settings flightSweep) {
    Config config = withSigningKey(given);
    LOG.info("Starting Albatross: {}", config);
    PasswordHasher hasher = new PasswordHasher(vertx);
    AdminBootstrap admin = config.runs(ProcessRole.GATEWAY) ? new AdminBootstrap(config, hasher) : null;
    Future<Airports> airports = config.runs(ProcessRole.GATEWAY) ? TsvAirports.load(vertx) : null;
    return Adapters.create(vertx, config)
        .onSuccess(adapters -> {
          if (admin != null) {
            admin.prepare(adapters.readModels().users());
          }
        })
        .map(adapters -> new Application(vertx, config, hasher, admin, airports, adapters, flightSweep))
        .compose(app -> app.deploy(registry).map(app));
  }

  private Future<Void> deploy(PrometheusMeterRegistry registry) {
    Clock clock = Clock.systemUTC();
    CommandBus commands = new CommandBus(vertx, clock);
    Future<Void> started = Future.succeededFuture();
    if (config.runs(ProcessRole.WORKER)) {
      started = started.compose(v -> deployWorker(registry, clock));
    }
    if (config.runs(ProcessRole.GATEWAY)) {
      started = started.compose(v -> airports).compose(loaded -> deployGateway(registry, commands, clock, loaded));
    } else {
      started = started.compose(v -> deployHttp(opsOnly(registry)));
    }
    return started.onSuccess(v -> LOG.info("Albatross is up on port {}: {}", config.httpPort(), config));
  }

  /** The projections, the outbox relay, and the watch that restarts either when it stalls. */
  private Future<Void> deployWorker(PrometheusMeterRegistry registry, Clock clock) {
    Adapters.Storage storage = adapters.storage();
    Adapters.Messaging messaging = adapters.messaging();
    ProjectionService projections = new ProjectionService(storage.store(), adapters.readModels().writer(), List.of(
        new CachedReads(adapters.gateway().cache()),
        new LiveNotifications(messaging.notifier()),
        new FlightNotifications(vertx, messaging.notifier()),
        new PilotStatsNotifications(careers(), messaging.notifier())));
    OutboxRelayVerticle relay = new OutboxRelayVerticle(messaging.relayLeadership(), storage.store(),
        storage.appends(), messaging.publisher(), storage.checkpoints(), RELAY_POLL);
    PipelineWatchVerticle watch = new PipelineWatchVerticle(storage.store(), storage.checkpoints(), registry,
        PipelineWatchVerticle.Limits.DEFAULT, clock, relay::restart, messaging.subscriber()::restart);
    healthChecks.addAll(watch.healthChecks());
    return vertx.deployVerticle(new ProjectionVerticle(messaging.subscriber(), projections, storage.checkpoints()))
        .compose(id -> vertx.deployVerticle(relay))
        .compose(id -> vertx.deployVerticle(watch))
        .compose(id -> vertx.deployVerticle(new FlightSweepVerticle(adapters.readModels().flights(),
            new CommandService(storage.store(), pause()), clock, flightSweep, registry)))
        .mapEmpty();
  }

  /** The pause before a command's retry: a timer, so no thread waits. */
  private Pause pause() {
    return d -> vertx.timer(d.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Future<Void> deployGateway(PrometheusMeterRegistry registry, CommandBus commands, Clock clock,
      Airports airports) {
    EventStore store = adapters.storage().store();
    ReadModels read = adapters.readModels();
    Adapters.GatewayState shared = adapters.gateway();
    Tokens tokens = new Tokens(vertx, config.jwtSecret().orElseGet(Secrets::newSigningKey));
    UserDirectory directory = new UserDirectory(store);
    ReadConsistency reads = new ReadConsistency(vertx, store, adapters.storage().checkpoints(),
        ProjectionVerticle.READER);
    Authentication auth = new Authentication(tokens, read.apiKeys(), read.apiKeyUsage(), read.users(), directory,
        shared.cache(), clock, reads);
    PirepNearCache near = new PirepNearCache(InMemoryCache::new);
    LiveBridge live = new LiveBridge(vertx, auth, new OriginPolicy(config.allowedOrigins()));
    api = new HttpApi(
        new AuthRoutes(auth, directory, hasher, tokens, shared.loginThrottle(), commands, clock, reads),
        new TenantRoutes(auth, read.tenants(), commands, reads),
        new UserRoutes(auth, read.users(), hasher, commands, reads),
        new ApiKeyRoutes(auth, read.apiKeys(), commands, reads),
        new PirepRoutes(auth, read.pireps(), store, shared.cache(), near, commands, reads, airports),
        new AirportRoutes(auth, airports),
        new OpsRoutes(healthChecks, registry),
        List.of(live::mount, new FlightRoutes(auth, read.flights(), new FlightAccess(store),
            adapters.storage().positions(), commands, reads, airports)::mount,
            new CareerRoutes(auth, careers(), read.careers(), read.tenants(), commands, reads)::mount));
    CommandService service = new CommandService(store, pause());
    return vertx.deployVerticle(() -> new CommandVerticle(service, commands), new DeploymentOptions().setInstances(eventLoops()))
        .compose(id -> vertx.deployVerticle(new BridgeVerticle(near, reads, live::resync)))
        .compose(id -> adapters.messaging().notifications().get())
        .compose(v -> admin.run(commands))
        .compose(v -> deployHttp(api::router));
  }

  private PilotCareers careers() {
    return new PilotCareers(adapters.readModels().careers(), adapters.readModels().users());
  }

  private Function<Vertx, Router> opsOnly(PrometheusMeterRegistry registry) {
    OpsRoutes ops = new OpsRoutes(healthChecks, registry);
    return v -> {
      Router router = Router.router(v);
      ops.mount(router);
      return router;
    };
  }

  private Future<Void> deployHttp(Function<Vertx, Router> routes) {
    return vertx.deployVerticle(() -> new HttpVerticle(routes, config.httpPort()),
        new DeploymentOptions().setInstances(eventLoops())).mapEmpty();
  }

  /**
   * Sessions of the embedded mode survive a restart: without a configured secret, its signing key
   * is the one kept in the data directory (made once, readable by its owner only).
   */
  private static Config withSigningKey(Config config) {
    if (!config.embedded() || config.jwtSecret().isPresent()) {
      return config;
    }
    return config.withJwtSecret(DataDirectory.at(config.dataDir().get()).signingKey());
  }

  /**
   * One event loop per core (Vert.x's default is two): every request hops between the HTTP and
   * command verticles and the database connections, and with more loops than cores each hop is
   * more likely to wait for a core. Verticles that serve requests run one instance per loop.
   */
  public static int eventLoops() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Replays the event store into emptied read models, printing a progress line; answers the event count. */
  public static Future<Long> rebuildProjections(Vertx vertx, Config config) {
    LOG.info("Rebuild of the read models: connecting, migrating: {}", config);
    return Adapters.create(vertx, config).compose(adapters -> {
      LOG.info("Rebuilding read models");
      return new ProjectionRebuild(adapters.storage().store(), adapters.readModels().writer())
          .run(count -> System.out.printf("rebuild-projections: %d events replayed%n", count))
          .eventually(adapters::close);
    });
  }

  /** The gateway's HTTP API (null in a process without the gateway role). */
  public HttpApi api() {
    return api;
  }

  public Future<Void> stop() {
    return adapters.close().eventually(vertx::close);
  }

}
