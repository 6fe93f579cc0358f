package dev.albatross.domain.app;

import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.user.UserEvent.UserReactivated;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.model.user.UserEvent.UserRenamed;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.port.Notifier.Notification;
import dev.albatross.domain.port.Notifier.PirepChanged;
import dev.albatross.domain.port.Notifier.ProjectionsReached;
import dev.albatross.domain.port.Notifier.TenantAdded;
import dev.albatross.domain.port.Notifier.UserChanged;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells live clients about a change once the read model holds it, with the row it left. Live
 * delivery is at-most-once: a failure here is logged, never fails the projection.
 */
public final class LiveNotifications implements ReadModelListener {
  private static final Logger LOG = LoggerFactory.getLogger(LiveNotifications.class);

  private final Notifier notifier;

  public LiveNotifications(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public Future<Void> applied(List<Applied> changes) {
    List<Notification> notifications = new ArrayList<>();
    changes.forEach(change -> notification(change).ifPresent(notifications::add));
    if (notifications.isEmpty()) {
      return Future.succeededFuture();
    }
    return notifier.notify(notifications)
        .otherwise(failure -> {
          RecordedEvent last = changes.get(changes.size() - 1).event();
          LOG.warn("Live notifications for {} changes up to {} {} failed: {}", notifications.size(), last.eventType(),
              last.eventId(), failure.toString());
          return null;
        });
  }

  /** Tells the gateways how far the read models got, after the changes' notifications. */
  @Override
  public Future<Void> reached(FeedPosition position) {
    return notifier.notify(List.of(new ProjectionsReached(position)))
        .otherwise(failure -> {
          LOG.warn("Telling how far the projections got ({}) failed: {}", position, failure.toString());
          return null;
        });
  }

  private static Optional<Notification> notification(Applied change) {
    String type = change.event().eventType();
    if (change.row() instanceof PirepView pirep) {
      return Optional.of(new PirepChanged(type, pirep));
    }
    if (changesUserRow(change.event()) && change.row() instanceof UserView user && user.tenantId() != null) {
      return Optional.of(new UserChanged(type, user));
    }
    if (change.event().event() instanceof TenantCreated && change.row() instanceof TenantView tenant) {
      return Optional.of(new TenantAdded(type, tenant));
    }
    return Optional.empty();
  }

  /** Events that change what the users list shows (sessions and API keys do not). */
  private static boolean changesUserRow(RecordedEvent e) {
    return e.event() instanceof UserRegistered || e.event() instanceof UserRenamed
        || e.event() instanceof UserRoleChanged || e.event() instanceof UserSuspended
        || e.event() instanceof UserReactivated;
  }
}
