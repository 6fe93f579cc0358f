package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.error.ValidationFailed;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserCommand.RegisterUser;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.domain.readmodel.UserView;
import dev.albatross.security.PasswordHasher;
import dev.albatross.security.Secrets;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Users: platform admins register anyone, tenant admins register their own airline's staff. */
public final class UserRoutes {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern ROLE = Pattern.compile("PLATFORM_ADMIN|TENANT_ADMIN|PILOT");

  private final Authentication auth;
  private final UserQueries users;
  private final PasswordHasher hasher;
  private final CommandBus commands;
  private final ReadConsistency reads;
  private final UserLifecycleRoutes lifecycle;

  public UserRoutes(Authentication auth, UserQueries users, PasswordHasher hasher, CommandBus commands, ReadConsistency reads) {
    this.auth = auth;
    this.users = users;
    this.hasher = hasher;
    this.commands = commands;
    this.reads = reads;
    this.lifecycle = new UserLifecycleRoutes(auth, users, commands, reads);
  }

  public void mount(Router router) {
    router.post("/api/users").handler(auth.ready()).handler(this::register);
    router.get("/api/users").handler(auth.ready()).handler(this::list);
    router.get("/api/users/:id").handler(auth.ready()).handler(this::get);
    lifecycle.mount(router);
  }

  /** A registration as asked, before the role rules and the password are applied. */
  private record Registration(String email, String displayName, Role role, UUID tenantId, String password) {}

  private void register(RoutingContext ctx) {
    Principal principal = Principal.of(ctx).require(Role.PLATFORM_ADMIN, Role.TENANT_ADMIN);
    Registration asked = read(Body.of(ctx));
    Registration allowed = applyRoleRules(principal, asked);
    boolean generated = allowed.password() == null;
    String password = generated ? Secrets.newPassword() : allowed.password();
    UUID userId = UUID.randomUUID();
    respond(ctx, hasher.hash(password)
        .compose(hash -> commands.send(principal.actor(), RequestIds.of(ctx), new RegisterUser(userId,
            allowed.email(), allowed.displayName(), allowed.role(), allowed.tenantId(), hash, generated)))
        .compose(outcome -> reads.visible(ctx, outcome))
        .compose(outcome -> {
          JsonObject user = Representations.user(Projections.user(outcome.history()));
          if (generated) {
            user.put("initialPassword", password);
          }
          return Responses.created(ctx, "/api/users/" + userId, user);
        }));
  }

  private static Registration read(Body body) {
    String email = body.check("email", body.string("email", true, 3, 254), e -> EMAIL.matcher(e.trim()).matches(),
        "must be an e-mail address");
    String displayName = body.check("displayName", body.string("displayName", true, 1, 100), n -> !n.isBlank(),
        "must not be blank");
    String roleName = body.code("role", ROLE, "must be PLATFORM_ADMIN, TENANT_ADMIN or PILOT");
    String tenant = body.check("tenantId", body.string("tenantId", false, 36, 36), UserRoutes::isUuid, "must be a UUID");
    String password = body.string("password", false, AuthRoutes.PASSWORD_MIN, AuthRoutes.PASSWORD_MAX);
    body.validate();
    return new Registration(email.trim().toLowerCase(Locale.ROOT), displayName.trim(), Role.valueOf(roleName),
        tenant == null ? null : UUID.fromString(tenant), password);
  }

  private static Registration applyRoleRules(Principal principal, Registration r) {
    if (principal.actor().role() == Role.TENANT_ADMIN) {
      UUID own = principal.actor().tenantId();
      if (r.role() == Role.PLATFORM_ADMIN || (r.tenantId() != null && !r.tenantId().equals(own))) {
        throw new Forbidden("A tenant admin registers TENANT_ADMIN and PILOT users of their own airline only.");
      }
      return new Registration(r.email(), r.displayName(), r.role(), own, r.password());
    }
    if (r.role() == Role.PLATFORM_ADMIN && r.tenantId() != null) {
      throw ValidationFailed.of("tenantId", "a PLATFORM_ADMIN has no airline");
    }
    if (r.role() != Role.PLATFORM_ADMIN && r.tenantId() == null) {
      throw ValidationFailed.of("tenantId", "is required for " + r.role());
    }
    return r;
  }

  private static boolean isUuid(String value) {
    try {
      UUID.fromString(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void list(RoutingContext ctx) {
    Principal.of(ctx).require(Role.PLATFORM_ADMIN, Role.TENANT_ADMIN);
    Optional<UUID> asked = Params.uuid(ctx, "tenantId");
    Optional<Role> role = Params.enumeration(ctx, "role", Role.class);
    var page = Params.page(ctx);
    TenantScope.list(ctx, asked, scope -> users.users(new UserFilter(scope, role), page), Representations::user);
  }

  private void get(RoutingContext ctx) {
    UUID id = Params.pathId(ctx, "id");
    Principal principal = Principal.of(ctx);
    respond(ctx, users.user(id).compose(user -> user.filter(u -> visible(principal, u))
        .map(u -> Responses.ok(ctx, Representations.user(u)))
        .orElseGet(() -> Future.failedFuture(new NotFound("User not found.")))));
  }

  private static boolean visible(Principal p, UserView u) {
    return u.id().equals(p.actor().userId()) || p.seesUsersOf(u.tenantId());
  }
}
