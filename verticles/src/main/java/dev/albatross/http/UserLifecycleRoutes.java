package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserCommand;
import dev.albatross.domain.model.user.UserCommand.ChangeUser;
import dev.albatross.domain.model.user.UserCommand.ReactivateUser;
import dev.albatross.domain.model.user.UserCommand.SuspendUser;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Changing a user: name and role, suspension and reactivation. Platform admins change anyone,
 * tenant admins the users of their airline (another airline's are 404), but not their own role,
 * and nobody suspends themself. Each answers once every gateway's authentication sees it.
 */
final class UserLifecycleRoutes {
  private final Authentication auth;
  private final UserQueries users;
  private final CommandBus commands;
  private final ReadConsistency reads;

  UserLifecycleRoutes(Authentication auth, UserQueries users, CommandBus commands, ReadConsistency reads) {
    this.auth = auth;
    this.users = users;
    this.commands = commands;
    this.reads = reads;
  }

  void mount(Router router) {
    router.patch("/api/users/:id").handler(auth.ready()).handler(this::change);
    router.post("/api/users/:id/suspend").handler(auth.ready()).handler(this::suspend);
    router.post("/api/users/:id/reactivate").handler(auth.ready()).handler(this::reactivate);
  }

  private void change(RoutingContext ctx) {
    Principal principal = manager(ctx);
    UUID id = Params.pathId(ctx, "id");
    Body body = Body.of(ctx);
    String name = body.check("displayName", body.string("displayName", false, 1, 100), n -> !n.isBlank(),
        "must not be blank");
    String roleName = body.check("role", body.string("role", false, 1, 100), r -> UserRoutes.ROLE.matcher(r).matches(),
        "must be PLATFORM_ADMIN, TENANT_ADMIN or PILOT");
    body.validate();
    Role role = roleName == null ? null : Role.valueOf(roleName);
    run(ctx, principal, id, target -> {
      if (principal.actor().role() == Role.TENANT_ADMIN && role != null && role != target.role()) {
        if (target.id().equals(principal.actor().userId())) {
          throw new Forbidden("A tenant admin cannot change their own role.");
        }
        if (role == Role.PLATFORM_ADMIN) {
          throw new Forbidden("A tenant admin gives the roles TENANT_ADMIN and PILOT only.");
        }
      }
      return new ChangeUser(id, name == null ? null : name.trim(), role);
    });
  }

  private void suspend(RoutingContext ctx) {
    Principal principal = manager(ctx);
    UUID id = Params.pathId(ctx, "id");
    Body body = Body.of(ctx);
    String reason = body.check("reason", body.string("reason", true, 1, 500), r -> !r.isBlank(), "must not be blank");
    body.validate();
    run(ctx, principal, id, target -> {
      if (target.id().equals(principal.actor().userId())) {
        throw new Forbidden("Nobody suspends themself.");
      }
      return new SuspendUser(id, reason.trim());
    });
  }

  private void reactivate(RoutingContext ctx) {
    Principal principal = manager(ctx);
    UUID id = Params.pathId(ctx, "id");
    run(ctx, principal, id, target -> new ReactivateUser(id));
  }

  private static Principal manager(RoutingContext ctx) {
    return Principal.of(ctx).require(Role.PLATFORM_ADMIN, Role.TENANT_ADMIN);
  }

  /** What the caller asks of a user they manage, answered with the user as the command left them. */
  private interface Change {
    UserCommand of(UserView target);
  }

  private void run(RoutingContext ctx, Principal principal, UUID id, Change change) {
    respond(ctx, managed(principal, id)
        .compose(target -> commands.send(principal.actor(), RequestIds.of(ctx), change.of(target)))
        .compose(outcome -> reads.visible(ctx, outcome))
        .compose(outcome -> Responses.ok(ctx, Representations.user(Projections.user(outcome.history())))));
  }

  /** The user, if the caller manages them: a user of another airline is not found. */
  private Future<UserView> managed(Principal principal, UUID id) {
    return users.user(id).compose(user -> user
        .filter(u -> principal.sees(u.tenantId()))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new NotFound("User not found."))));
  }
}
