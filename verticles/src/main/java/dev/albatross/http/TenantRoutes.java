package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.readmodel.Filters.TenantFilter;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.TenantQueries;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Airlines: created by platform admins, seen by their own users. */
public final class TenantRoutes {
  private static final Pattern ICAO = Pattern.compile("[A-Z]{3}");

  private final Authentication auth;
  private final TenantQueries tenants;
  private final CommandBus commands;
  private final ReadConsistency reads;

  public TenantRoutes(Authentication auth, TenantQueries tenants, CommandBus commands, ReadConsistency reads) {
    this.auth = auth;
    this.tenants = tenants;
    this.commands = commands;
    this.reads = reads;
  }

  public void mount(Router router) {
    router.post("/api/tenants").handler(auth.ready()).handler(this::create);
    router.get("/api/tenants").handler(auth.ready()).handler(this::list);
    router.get("/api/tenants/:id").handler(auth.ready()).handler(this::get);
  }

  private void create(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.PLATFORM_ADMIN);
    Body body = Body.of(ctx);
    String name = body.check("name", body.string("name", true, 1, 100), n -> !n.isBlank(), "must not be blank");
    String icao = body.code("icao", ICAO, "must be 3 letters A-Z");
    body.validate();
    CreateTenant command = new CreateTenant(UUID.randomUUID(), name.trim(), icao);
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command)
        .compose(outcome -> reads.visible(ctx, outcome)).compose(outcome ->
        Responses.created(ctx, "/api/tenants/" + command.tenantId(),
            Representations.tenant(Projections.tenant(outcome.history().get(0))))));
  }

  private void list(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    Optional<UUID> scope = principal.actor().isPlatformAdmin()
        ? Optional.empty()
        : Optional.of(principal.actor().tenantId());
    respond(ctx, tenants.tenants(new TenantFilter(scope), Params.page(ctx))
        .compose(page -> Responses.ok(ctx, Representations.page(page, Representations::tenant))));
  }

  private void get(RoutingContext ctx) {
    UUID id = Params.pathId(ctx, "id");
    Principal principal = Principal.of(ctx);
    respond(ctx, tenants.tenant(id).compose(tenant -> tenant.filter(t -> principal.sees(t.id()))
        .map(t -> Responses.ok(ctx, Representations.tenant(t)))
        .orElseThrow(() -> new NotFound("Airline not found."))));
  }
}
