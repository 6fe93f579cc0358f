package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.SubmitPirepOnce;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepCommand;
import dev.albatross.domain.model.pirep.PirepCommand.AcceptPirep;
import dev.albatross.domain.model.pirep.PirepCommand.RejectPirep;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.port.Airports;
import dev.albatross.domain.port.Cache;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Filters.PirepFilter;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.http.CachedReads.CachedPirep;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.UUID;

/** PIREPs: filed by pilots and tenant admins, reviewed by tenant admins, seen within the airline. */
public final class PirepRoutes {
  private final Authentication auth;
  private final PirepQueries pireps;
  private final EventStore store;
  private final Cache cache;
  private final PirepNearCache near;
  private final CommandBus commands;
  private final ReadConsistency reads;
  private final Airports airports;

  public PirepRoutes(Authentication auth, PirepQueries pireps, EventStore store, Cache cache, PirepNearCache near,
      CommandBus commands, ReadConsistency reads, Airports airports) {
    this.auth = auth;
    this.pireps = pireps;
    this.store = store;
    this.cache = cache;
    this.near = near;
    this.commands = commands;
    this.reads = reads;
    this.airports = airports;
  }

  public void mount(Router router) {
    router.post("/api/pireps").handler(auth.ready()).handler(this::submit);
    router.get("/api/pireps").handler(auth.ready()).handler(this::list);
    router.get("/api/pireps/:id").handler(auth.ready()).handler(this::get);
    router.post("/api/pireps/:id/accept").handler(auth.ready()).handler(this::accept);
    router.post("/api/pireps/:id/reject").handler(auth.ready()).handler(this::reject);
    router.get("/api/pireps/:id/history").handler(auth.ready()).handler(this::history);
  }

  private void submit(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.PILOT, Role.TENANT_ADMIN);
    String idempotencyKey = idempotencyKey(ctx);
    FlightDetails flight = PirepInput.read(Body.of(ctx), airports);
    UUID pirepId = UUID.randomUUID();
    SubmitPirep submit = new SubmitPirep(pirepId, principal.actor().tenantId(), principal.actor().userId(),
        principal.displayName(), flight, principal.source());
    AppCommand command = idempotencyKey == null ? submit : new SubmitPirepOnce(submit, idempotencyKey);
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command).compose(outcome -> {
      reads.positioned(ctx, outcome);
      PirepView pirep = Projections.pirep(outcome.history());
      ctx.response().putHeader("Location", "/api/pireps/" + pirep.id());
      return Responses.json(ctx, outcome.replayed() ? 200 : 201, Representations.pirep(pirep));
    }));
  }

  static String idempotencyKey(RoutingContext ctx) {
    String key = ctx.request().getHeader("Idempotency-Key");
    if (key != null && (key.isEmpty() || key.length() > 100)) {
      throw ValidationFailed.of("Idempotency-Key", "must be 1 to 100 characters");
    }
    return key;
  }

  private void list(RoutingContext ctx) {
    Optional<PirepStatus> status = Params.enumeration(ctx, "status", PirepStatus.class);
    Optional<UUID> pilot = Params.uuid(ctx, "pilotId");
    Optional<UUID> asked = Params.uuid(ctx, "tenantId");
    var page = Params.page(ctx);
    TenantScope.list(ctx, asked, scope -> pireps.pireps(new PirepFilter(scope, status, pilot), page),
        Representations::pirep);
  }

  /**
   * One PIREP, from this gateway's copy, else from the shared cache when a gateway has read it
   * lately, else from the read model; the projection replaces stale copies in both caches.
   */
  private void get(RoutingContext ctx) {
    UUID id = Params.pathId(ctx, "id");
    Principal principal = Principal.of(ctx);
    respond(ctx, near.get(id)
        .compose(copy -> copy.isPresent() ? Future.succeededFuture(copy) : shared(id))
        .compose(pirep -> pirep.filter(p -> principal.sees(p.tenantId()))
            .map(p -> Responses.ok(ctx, p.json()))
            .orElseGet(() -> Future.failedFuture(new NotFound("PIREP not found.")))));
  }

  private Future<Optional<CachedPirep>> shared(UUID id) {
    return cache.get(CachedReads.pirep(id))
        .compose(cached -> cached.isPresent() ? Future.succeededFuture(cached.map(CachedPirep::parse)) : load(id))
        .onSuccess(found -> found.ifPresent(p -> near.offer(id, p)));
  }

  private Future<Optional<CachedPirep>> load(UUID id) {
    return pireps.pirep(id).compose(found -> {
      if (found.isEmpty()) {
        return Future.succeededFuture(Optional.<CachedPirep>empty());
      }
      CachedPirep pirep = CachedPirep.of(found.get());
      return cache.putIfAbsent(CachedReads.pirep(id), pirep.entry(), CachedReads.PIREP_TTL).map(Optional.of(pirep));
    });
  }

  private void accept(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.TENANT_ADMIN);
    UUID id = Params.pathId(ctx, "id");
    review(ctx, principal, new AcceptPirep(id, principal.actor().userId(), principal.actor().tenantId()));
  }

  private void reject(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.TENANT_ADMIN);
    UUID id = Params.pathId(ctx, "id");
    Body body = Body.of(ctx);
    String reason = body.check("reason", body.string("reason", true, 1, 500), r -> !r.isBlank(), "must not be blank");
    body.validate();
    review(ctx, principal, new RejectPirep(id, principal.actor().userId(), principal.actor().tenantId(), reason.trim()));
  }

  private void review(RoutingContext ctx, Principal principal, PirepCommand command) {
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command).compose(outcome -> {
      reads.positioned(ctx, outcome);
      return Responses.ok(ctx, Representations.pirep(Projections.pirep(outcome.history())));
    }));
  }

  /** The PIREP's own events from the event store, oldest first, if the caller may see the PIREP. */
  private void history(RoutingContext ctx) {
    UUID id = Params.pathId(ctx, "id");
    Principal principal = Principal.of(ctx);
    respond(ctx, store.load(id).compose(events -> {
      if (!RecordedEvent.isStreamOf(StreamTypes.PIREP, events) || !principal.sees(events.get(0).tenantId())) {
        return Future.failedFuture(new NotFound("PIREP not found."));
      }
      return Responses.ok(ctx, new JsonObject().put("items", Representations.list(events, EventJson::historyItem)));
    }));
  }
}
