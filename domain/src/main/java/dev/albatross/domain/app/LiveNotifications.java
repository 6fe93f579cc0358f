package dev.albatross.domain.app;

import dev.albatross.domain.model.pirep.PirepEvent;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.PirepQueries;
import dev.albatross.domain.readmodel.Representations;
import dev.albatross.domain.readmodel.TenantQueries;
import dev.albatross.domain.readmodel.UserQueries;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells live clients about a change once the read model holds it, with the row as the API shows
 * it. Live delivery is at-most-once: a failure here is logged, never fails the projection.
 */
public final class LiveNotifications implements ReadModelListener {
  private static final Logger LOG = LoggerFactory.getLogger(LiveNotifications.class);

  private final Notifier notifier;
  private final TenantQueries tenants;
  private final UserQueries users;
  private final PirepQueries pireps;

  public LiveNotifications(Notifier notifier, TenantQueries tenants, UserQueries users, PirepQueries pireps) {
    this.notifier = notifier;
    this.tenants = tenants;
    this.users = users;
    this.pireps = pireps;
  }

  @Override
  public Future<Void> applied(RecordedEvent e) {
    return notification(e)
        .otherwise(failure -> {
          LOG.warn("Live notification for {} {} failed: {}", e.eventType(), e.eventId(), failure.toString());
          return null;
        })
        .mapEmpty();
  }

  private Future<Void> notification(RecordedEvent e) {
    String type = e.eventType();
    if (e.event() instanceof PirepEvent) {
      return pireps.pirep(e.streamId()).compose(p -> p.isEmpty() ? done() : notifier.notify(
          Addresses.tenantPireps(p.get().tenantId()), body(type, "pirep", Representations.pirep(p.get()))));
    }
    if (e.event() instanceof UserRegistered registered && registered.tenantId() != null) {
      return users.user(registered.userId()).compose(u -> u.isEmpty() ? done() : notifier.notify(
          Addresses.tenantUsers(registered.tenantId()), body(type, "user", Representations.user(u.get()))));
    }
    if (e.event() instanceof TenantCreated created) {
      return tenants.tenant(created.tenantId()).compose(t -> t.isEmpty() ? done() : notifier.notify(
          Addresses.PLATFORM_TENANTS, body(type, "tenant", Representations.tenant(t.get()))));
    }
    return done();
  }

  private static JsonObject body(String type, String field, JsonObject row) {
    return new JsonObject().put("type", type).put(field, row);
  }

  private static Future<Void> done() {
    return Future.succeededFuture();
  }
}
