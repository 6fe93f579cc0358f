package dev.albatross.http;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.readmodel.UserSessions;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * What authentication needs to know of a user on every request, as the cache holds it: whether
 * they may act at all, as whom (role, airline and name as they are now, whatever a token says),
 * and which of their sessions hold.
 */
public record UserAccess(Actor actor, String displayName, boolean active, UserSessions sessions) {

  public static UserAccess of(UserView user) {
    return new UserAccess(new Actor(user.id(), user.role(), user.tenantId()), user.displayName(), user.active(),
        user.sessions());
  }

  public static UserAccess parse(String entry) {
    JsonObject e = new JsonObject(entry);
    String tenant = e.getString("tenantId");
    String kept = e.getString("kept");
    Actor actor = new Actor(UUID.fromString(e.getString("userId")), Role.valueOf(e.getString("role")),
        tenant == null ? null : UUID.fromString(tenant));
    UserSessions sessions = new UserSessions(e.getInteger("generation"), kept == null ? null : UUID.fromString(kept),
        UserSessions.parseEnded(e.getString("ended")));
    return new UserAccess(actor, e.getString("name"), e.getBoolean("active"), sessions);
  }

  public String entry() {
    return new JsonObject()
        .put("userId", actor.userId().toString())
        .put("role", actor.role().name())
        .put("tenantId", actor.tenantId() == null ? null : actor.tenantId().toString())
        .put("name", displayName)
        .put("active", active)
        .put("generation", sessions.generation())
        .put("kept", sessions.kept() == null ? null : sessions.kept().toString())
        .put("ended", sessions.endedText())
        .encode();
  }

  /** True if a session token of this user, of session {@code sessionId} issued in {@code generation}, holds. */
  public boolean admitsSession(UUID sessionId, int generation) {
    return active && sessions.admit(sessionId, generation);
  }
}
