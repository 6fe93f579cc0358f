package dev.albatross.domain.port;

import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.PilotStats;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import java.util.List;

/** Tells live clients that a read model changed; at-most-once, clients refetch on reconnect. */
public interface Notifier {

  /** What live clients and the gateways are told; the HTTP edge gives each its address and JSON. */
  sealed interface Notification {}

  /** A PIREP's row after {@code eventType}, for its airline's users. */
  record PirepChanged(String eventType, PirepView pirep) implements Notification {}

  /** A user of an airline as the users list shows them (joined, renamed, suspended...), for its admins. */
  record UserChanged(String eventType, UserView user) implements Notification {}

  /** A flight's row after {@code eventType} (or {@code FlightMoved}), for its airline's users. */
  record FlightChanged(String eventType, FlightView flight) implements Notification {}

  /** A pilot's stats after a change that moved them (an accept, an amendment, new ranks), for their airline's users. */
  record PilotStatsChanged(PilotStats stats) implements Notification {}

  /** A new airline, for the platform admins. */
  record TenantAdded(String eventType, TenantView tenant) implements Notification {}

  /** The read models hold everything up to {@code position}: what reads waiting for a position wait on. */
  record ProjectionsReached(FeedPosition position) implements Notification {}

  /**
   * Sends the notifications in the order given: those of one delivery, which a shared notifier
   * sends in one round trip.
   */
  Future<Void> notify(List<Notification> notifications);
}
