package dev.albatross.http;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.PirepSource;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.UUID;

/**
 * The authenticated caller of one request: the actor, the name PIREPs carry, and how they
 * authenticated (a session token, with its session, or an API key, with none).
 */
public record Principal(Actor actor, String displayName, PirepSource source, boolean mustChangePassword,
    Session session) {
  private static final String KEY = "albatross.principal";

  /** A signed-in session: its token's id and when the token expires. */
  public record Session(java.util.UUID id, java.time.Instant expiresAt) {}

  public static Principal of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  void attachTo(RoutingContext ctx) {
    ctx.put(KEY, this);
  }

  /** Refuses with 403 unless the caller has one of {@code roles}. */
  public Principal require(Role... roles) {
    if (Arrays.stream(roles).noneMatch(r -> r == actor.role())) {
      throw new Forbidden("Your role (" + actor.role() + ") may not do this.");
    }
    return this;
  }

  /** True if the caller may see things of {@code tenantId}: its own users, and platform admins. */
  public boolean sees(UUID tenantId) {
    return actor.isPlatformAdmin() || (tenantId != null && tenantId.equals(actor.tenantId()));
  }

  /**
   * True if the caller may see the users of {@code tenantId} (null: users of no airline): platform
   * admins, and that airline's admins. The one rule for reading users and hearing of new ones.
   */
  public boolean seesUsersOf(UUID tenantId) {
    return actor.isPlatformAdmin() || (actor.role() == Role.TENANT_ADMIN && sees(tenantId));
  }
}
