package dev.albatross.domain.app;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.unique.UniqueValue;
import dev.albatross.domain.model.user.UserDecider;
import dev.albatross.domain.model.user.UserState;
import dev.albatross.domain.model.user.UserState.ExistingUser;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Users as the event store knows them this instant: sign-in, a password change and the forced
 * first change must never act on a read model that lags the write before.
 */
public final class UserDirectory {

  /** A user's current state and the read-model view built from the same events. */
  public record UserRecord(ExistingUser state, UserView view) {}

  private final EventStore store;
  private final UserDecider users = new UserDecider();

  public UserDirectory(EventStore store) {
    this.store = store;
  }

  public Future<Optional<UserRecord>> byId(UUID userId) {
    return store.load(userId).map(this::record);
  }

  /** E-mails are unique case-insensitively and stored lower-cased. */
  public Future<Optional<UserRecord>> byEmail(String email) {
    UUID claim = UniqueValue.streamId(UniqueValue.USER_EMAIL, email.toLowerCase(Locale.ROOT));
    return store.load(claim).compose(events -> events.isEmpty()
        ? Future.succeededFuture(Optional.empty())
        : byId(((UniqueValue.UniqueValueReserved) events.get(0).event()).ownerId()));
  }

  /** Only a user's own stream makes a user: any other id names none. */
  private Optional<UserRecord> record(List<RecordedEvent> history) {
    if (!RecordedEvent.isStreamOf(StreamTypes.USER, history)) {
      return Optional.empty();
    }
    UserState state = users.fold(RecordedEvent.events(history));
    if (state instanceof ExistingUser user) {
      return Optional.of(new UserRecord(user, Projections.user(history)));
    }
    return Optional.empty();
  }
}
