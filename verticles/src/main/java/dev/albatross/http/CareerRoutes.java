package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.app.PilotCareers;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.PirepCommand.AmendPirep;
import dev.albatross.domain.model.tenant.TenantCommand.DefineRanks;
import dev.albatross.domain.readmodel.PilotStatsQueries;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.TenantQueries;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Pilot careers: stats, an airline's ranks and leaderboard, and amendments of PIREPs by their airline's admins. */
public final class CareerRoutes {
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  private final Authentication auth;
  private final PilotCareers careers;
  private final PilotStatsQueries stats;
  private final TenantQueries tenants;
  private final CommandBus commands;
  private final ReadConsistency reads;

  public CareerRoutes(Authentication auth, PilotCareers careers, PilotStatsQueries stats, TenantQueries tenants,
      CommandBus commands, ReadConsistency reads) {
    this.auth = auth;
    this.careers = careers;
    this.stats = stats;
    this.tenants = tenants;
    this.commands = commands;
    this.reads = reads;
  }

  public void mount(Router router) {
    router.get("/api/pilots/:id/stats").handler(auth.ready()).handler(this::pilotStats);
    router.get("/api/tenants/:id/ranks").handler(auth.ready()).handler(this::ranks);
    router.put("/api/tenants/:id/ranks").handler(auth.ready()).handler(this::defineRanks);
    router.get("/api/tenants/:id/leaderboard").handler(auth.ready()).handler(this::leaderboard);
    router.patch("/api/pireps/:id").handler(auth.ready()).handler(this::amend);
  }

  private void pilotStats(RoutingContext ctx) {
    UUID id = Params.pathId(ctx, "id");
    Principal principal = Principal.of(ctx);
    respond(ctx, careers.stats(id).compose(found -> found.filter(s -> principal.sees(s.tenantId()))
        .map(s -> Responses.ok(ctx, CareerRepresentations.stats(s)))
        .orElseThrow(() -> new NotFound("Pilot not found."))));
  }

  private void ranks(RoutingContext ctx) {
    UUID tenantId = Params.pathId(ctx, "id");
    respond(ctx, visibleTenant(ctx, tenantId).compose(v -> stats.ranks(tenantId))
        .compose(ranks -> Responses.ok(ctx, CareerRepresentations.ranks(ranks))));
  }

  private void defineRanks(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.TENANT_ADMIN, Role.PLATFORM_ADMIN);
    UUID tenantId = Params.pathId(ctx, "id");
    if (!principal.sees(tenantId)) {
      throw new NotFound("Airline not found.");
    }
    DefineRanks command = new DefineRanks(tenantId, CareerInput.ranks(Body.of(ctx)));
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command).compose(outcome -> {
      reads.positioned(ctx, outcome);
      return Responses.ok(ctx, CareerRepresentations.ranks(command.ranks()));
    }));
  }

  private void leaderboard(RoutingContext ctx) {
    UUID tenantId = Params.pathId(ctx, "id");
    Optional<YearMonth> month = month(ctx);
    int limit = Params.limit(ctx, 50, 200);
    respond(ctx, visibleTenant(ctx, tenantId).compose(v -> careers.leaderboard(tenantId, month, limit))
        .compose(board -> Responses.ok(ctx,
            new JsonObject().put("items", Representations.list(board, CareerRepresentations::stats)))));
  }

  private static Optional<YearMonth> month(RoutingContext ctx) {
    String raw = ctx.request().getParam("month");
    if (raw == null) {
      return Optional.empty();
    }
    try {
      if (MONTH.matcher(raw).matches()) {
        return Optional.of(YearMonth.parse(raw));
      }
    } catch (DateTimeParseException e) {
      // reported below, as any other malformed month
    }
    throw ValidationFailed.of("month", "must be a month as YYYY-MM");
  }

  /** Succeeds if the airline exists and the caller may see it; a 404 otherwise. */
  private Future<Void> visibleTenant(RoutingContext ctx, UUID tenantId) {
    Principal principal = Principal.of(ctx);
    if (!principal.sees(tenantId)) {
      return Future.failedFuture(new NotFound("Airline not found."));
    }
    return tenants.tenant(tenantId).compose(tenant -> tenant.isPresent()
        ? Future.succeededFuture()
        : Future.failedFuture(new NotFound("Airline not found.")));
  }

  private void amend(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.TENANT_ADMIN);
    UUID id = Params.pathId(ctx, "id");
    CareerInput.Amendment amendment = CareerInput.amendment(Body.of(ctx));
    AmendPirep command = new AmendPirep(id, principal.actor().userId(), principal.actor().tenantId(),
        amendment.reason(), amendment.changes());
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command).compose(outcome -> {
      reads.positioned(ctx, outcome);
      return Responses.ok(ctx, Representations.pirep(Projections.pirep(outcome.history())));
    }));
  }
}
