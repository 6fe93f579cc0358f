package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.model.AppCommand;
import dev.albatross.domain.model.AppCommand.FileFlightAsPirep;
import dev.albatross.domain.model.AppCommand.StartFlightOnce;
import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.app.FlightAccess;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.flight.FilingInput;
import dev.albatross.domain.model.flight.FlightCommand.CancelFlight;
import dev.albatross.domain.model.flight.FlightCommand.FileFlight;
import dev.albatross.domain.model.flight.FlightCommand.RecordPositions;
import dev.albatross.domain.model.flight.FlightCommand.StartFlight;
import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.FlightStatus;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.Tracks;
import dev.albatross.domain.port.Airports;
import dev.albatross.domain.port.PositionStore;
import dev.albatross.domain.readmodel.FlightProjection;
import dev.albatross.domain.readmodel.FlightQueries;
import dev.albatross.domain.readmodel.FlightQueries.FlightFilter;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.http.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Live flights: started, fed positions and filed by their pilot's ACARS client, seen within the airline. */
public final class FlightRoutes {
  private final Authentication auth;
  private final FlightQueries flights;
  private final FlightAccess access;
  private final PositionStore positions;
  private final CommandBus commands;
  private final ReadConsistency reads;
  private final Airports airports;

  public FlightRoutes(Authentication auth, FlightQueries flights, FlightAccess access, PositionStore positions,
      CommandBus commands, ReadConsistency reads, Airports airports) {
    this.auth = auth;
    this.flights = flights;
    this.access = access;
    this.positions = positions;
    this.commands = commands;
    this.reads = reads;
    this.airports = airports;
  }

  public void mount(Router router) {
    router.post("/api/flights").handler(auth.ready()).handler(this::start);
    router.get("/api/flights").handler(auth.ready()).handler(this::list);
    router.get("/api/flights/:id").handler(auth.ready()).handler(this::get);
    router.post("/api/flights/:id/positions").handler(auth.ready()).handler(this::record);
    router.post("/api/flights/:id/file").handler(auth.ready()).handler(this::file);
    router.post("/api/flights/:id/cancel").handler(auth.ready()).handler(this::cancel);
    router.get("/api/flights/:id/track").handler(auth.ready()).handler(this::track);
  }

  private void start(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.PILOT, Role.TENANT_ADMIN);
    String idempotencyKey = PirepRoutes.idempotencyKey(ctx);
    FlightPlan plan = FlightInput.plan(Body.of(ctx), airports);
    StartFlight start = new StartFlight(UUID.randomUUID(), principal.actor().tenantId(), principal.actor().userId(),
        principal.displayName(), plan, commands.now());
    AppCommand command = idempotencyKey == null ? start : new StartFlightOnce(start, idempotencyKey);
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command).compose(outcome -> {
      reads.positioned(ctx, outcome);
      FlightView flight = FlightProjection.flight(outcome.history());
      ctx.response().putHeader("Location", "/api/flights/" + flight.id());
      return Responses.json(ctx, outcome.replayed() ? 200 : 201, FlightJson.flight(flight));
    }));
  }

  /** Kept first, then recorded on the flight: a batch the command then refuses leaves positions that no one reads. */
  private void record(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    UUID id = Params.pathId(ctx, "id");
    List<Position> batch = FlightInput.positions(Body.of(ctx));
    Instant receivedAt = commands.now();
    respond(ctx, access.flownBy(id, principal.actor())
        .compose(flight -> positions.record(id, batch))
        .compose(summary -> commands.send(principal.actor(), RequestIds.of(ctx),
                new RecordPositions(id, principal.actor().userId(), receivedAt, summary))
            .compose(outcome -> {
              reads.positioned(ctx, outcome);
              return Responses.json(ctx, 202,
                  new JsonObject().put("accepted", summary.accepted()).put("duplicates", summary.duplicates()));
            })));
  }

  private void file(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    UUID id = Params.pathId(ctx, "id");
    FilingInput input = FlightInput.filing(Body.ofOptional(ctx));
    Instant filedAt = commands.now();
    respond(ctx, access.flownBy(id, principal.actor())
        .compose(flight -> positions.track(id))
        .compose(track -> commands.send(principal.actor(), RequestIds.of(ctx), new FileFlightAsPirep(
            new FileFlight(id, principal.actor().userId(), UUID.randomUUID(), filedAt, input, Tracks.summarize(track)),
            principal.displayName())))
        .compose(outcome -> {
          reads.positioned(ctx, outcome);
          PirepView pirep = Projections.pirep(outcome.history());
          return Responses.created(ctx, "/api/pireps/" + pirep.id(), Representations.pirep(pirep));
        }));
  }

  private void cancel(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    UUID id = Params.pathId(ctx, "id");
    var command = new CancelFlight(id, principal.actor().userId(), principal.actor().role() == Role.TENANT_ADMIN,
        principal.actor().tenantId(), commands.now());
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command).compose(outcome -> answer(ctx, outcome)));
  }

  private Future<Void> answer(RoutingContext ctx, CommandOutcome outcome) {
    reads.positioned(ctx, outcome);
    return Responses.ok(ctx, FlightJson.flight(FlightProjection.flight(outcome.history())));
  }

  private void list(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    FlightStatus status = Params.enumeration(ctx, "status", FlightStatus.class).orElse(FlightStatus.IN_PROGRESS);
    var page = Params.page(ctx);
    Optional<UUID> scope = principal.actor().isPlatformAdmin() ? Optional.empty()
        : Optional.of(principal.actor().tenantId());
    respond(ctx, flights.flights(new FlightFilter(scope, status), page)
        .compose(p -> Responses.ok(ctx, Representations.page(p, FlightJson::flight))));
  }

  private void get(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    UUID id = Params.pathId(ctx, "id");
    respond(ctx, flights.flight(id).compose(flight -> flight.filter(f -> principal.sees(f.tenantId()))
        .map(f -> Responses.ok(ctx, FlightJson.flight(f)))
        .orElseGet(() -> Future.failedFuture(new NotFound("Flight not found.")))));
  }

  private void track(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    UUID id = Params.pathId(ctx, "id");
    respond(ctx, access.seenBy(id, principal.actor())
        .compose(flight -> positions.track(id))
        .compose(track -> Responses.ok(ctx, new JsonObject().put("items",
            Representations.list(track, FlightJson::position)))));
  }
}
