package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.port.RecordedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How events become read-model rows: pure functions every read-model adapter applies, and that
 * the command side uses to answer a write from its own events.
 */
public final class Projections {

  private static final Set<String> PROJECTED =
      Set.of(StreamTypes.TENANT, StreamTypes.USER, StreamTypes.PIREP, StreamTypes.FLIGHT);

  private Projections() {}

  /** Streams whose events feed a read model; the others (claims of unique values, keys) feed none. */
  public static boolean projects(String streamType) {
    return PROJECTED.contains(streamType);
  }

  public static TenantView tenant(RecordedEvent e) {
    TenantCreated created = (TenantCreated) e.event();
    return new TenantView(created.tenantId(), created.name(), created.icao(), occurredAt(e), e.version());
  }

  /** The user row after {@code e}; {@code current} is null before the user is registered. */
  public static UserView user(UserView current, RecordedEvent e) {
    if (e.event() instanceof UserRegistered r) {
      return new UserView(
          r.userId(), r.email(), r.displayName(), r.role(), r.tenantId(), r.mustChangePassword(), occurredAt(e), e.version());
    }
    boolean mustChange = !(e.event() instanceof UserPasswordChanged) && current.mustChangePassword();
    return new UserView(
        current.id(),
        current.email(),
        current.displayName(),
        current.role(),
        current.tenantId(),
        mustChange,
        current.createdAt(),
        e.version());
  }

  /** The key row after an API-key event of {@code owner}'s stream; {@code current} is null before it exists. */
  public static ApiKeyView apiKey(ApiKeyView current, UserView owner, RecordedEvent e) {
    if (e.event() instanceof ApiKeyGenerated g) {
      return new ApiKeyView(
          g.keyId(), owner.id(), owner.role(), owner.tenantId(), g.name(), g.prefix(), g.keyHash(), occurredAt(e), null, null);
    }
    ApiKeyRevoked revoked = (ApiKeyRevoked) e.event();
    assert current.id().equals(revoked.keyId());
    return new ApiKeyView(
        current.id(),
        current.userId(),
        current.role(),
        current.tenantId(),
        current.name(),
        current.prefix(),
        current.keyHash(),
        current.createdAt(),
        current.lastUsedAt(),
        occurredAt(e));
  }

  /** The PIREP row after {@code e}; {@code current} is null before it is submitted. */
  public static PirepView pirep(PirepView current, RecordedEvent e) {
    if (e.event() instanceof PirepSubmitted s) {
      return new PirepView(
          s.pirepId(), s.tenantId(), s.pilotId(), s.pilotName(), s.flight(), PirepStatus.SUBMITTED, s.source(),
          s.flightId(), occurredAt(e), null, null, null, e.version());
    }
    if (e.event() instanceof PirepAccepted a) {
      return reviewed(current, PirepStatus.ACCEPTED, e, a.reviewerId(), null);
    }
    PirepRejected r = (PirepRejected) e.event();
    return reviewed(current, PirepStatus.REJECTED, e, r.reviewerId(), r.reason());
  }

  /** The PIREP row after its whole {@code history}, oldest first. */
  public static PirepView pirep(List<RecordedEvent> history) {
    return fold(history, Projections::pirep);
  }

  /** The user row after its whole {@code history}, oldest first. */
  public static UserView user(List<RecordedEvent> history) {
    return fold(history, Projections::user);
  }

  /** A row after {@code history}, each event applied by {@code apply} to the row before it (null at first). */
  private static <V> V fold(List<RecordedEvent> history, BiFunction<V, RecordedEvent, V> apply) {
    V row = null;
    for (RecordedEvent e : history) {
      row = apply.apply(row, e);
    }
    return row;
  }

  private static PirepView reviewed(
      PirepView c, PirepStatus status, RecordedEvent e, java.util.UUID reviewer, String reason) {
    return new PirepView(
        c.id(), c.tenantId(), c.pilotId(), c.pilotName(), c.flight(), status, c.source(), c.flightId(),
        c.submittedAt(), occurredAt(e), reviewer, reason, e.version());
  }

  private static Instant occurredAt(RecordedEvent e) {
    return e.metadata().occurredAt();
  }
}
