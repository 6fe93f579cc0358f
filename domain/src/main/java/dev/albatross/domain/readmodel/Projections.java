package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.SessionEnded;
import dev.albatross.domain.model.user.UserEvent.UserReactivated;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.model.user.UserEvent.UserRenamed;
import dev.albatross.domain.model.user.UserEvent.UserRoleChanged;
import dev.albatross.domain.model.user.UserEvent.UserSuspended;
import dev.albatross.domain.model.user.UserStatus;
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

  /** The tenant row after {@code e}; {@code current} is null before the tenant is created. */
  public static TenantView tenant(TenantView current, RecordedEvent e) {
    if (e.event() instanceof TenantCreated) {
      return tenant(e);
    }
    return new TenantView(current.id(), current.name(), current.icao(), current.createdAt(), e.version());
  }

  public static TenantView tenant(RecordedEvent e) {
    TenantCreated created = (TenantCreated) e.event();
    return new TenantView(created.tenantId(), created.name(), created.icao(), occurredAt(e), e.version());
  }

  /** The user row after {@code e}; {@code current} is null before the user is registered. */
  public static UserView user(UserView current, RecordedEvent e) {
    if (e.event() instanceof UserRegistered r) {
      return new UserView(r.userId(), r.email(), r.displayName(), r.role(), r.tenantId(), r.mustChangePassword(),
          occurredAt(e), e.version(), UserStatus.ACTIVE, null, UserSessions.NONE);
    }
    UserView c = current;
    UserSessions sessions = c.sessions().at(occurredAt(e));
    if (e.event() instanceof UserPasswordChanged p) {
      return new UserView(c.id(), c.email(), c.displayName(), c.role(), c.tenantId(), false, c.createdAt(), e.version(),
          c.status(), c.suspendedReason(), sessions.renewed(p.keptSession()));
    }
    if (e.event() instanceof UserRenamed r) {
      return new UserView(c.id(), c.email(), r.displayName(), c.role(), c.tenantId(), c.mustChangePassword(),
          c.createdAt(), e.version(), c.status(), c.suspendedReason(), sessions);
    }
    if (e.event() instanceof UserRoleChanged r) {
      return new UserView(c.id(), c.email(), c.displayName(), r.role(), c.tenantId(), c.mustChangePassword(),
          c.createdAt(), e.version(), c.status(), c.suspendedReason(), sessions);
    }
    if (e.event() instanceof UserSuspended s) {
      return withStatus(c, e, UserStatus.SUSPENDED, s.reason(), sessions.renewed(null));
    }
    if (e.event() instanceof UserReactivated) {
      return withStatus(c, e, UserStatus.ACTIVE, null, sessions);
    }
    if (e.event() instanceof SessionEnded s) {
      return withStatus(c, e, c.status(), c.suspendedReason(), sessions.ending(s.sessionId(), s.expiresAt()));
    }
    return withStatus(c, e, c.status(), c.suspendedReason(), sessions);
  }

  private static UserView withStatus(UserView c, RecordedEvent e, UserStatus status, String reason,
      UserSessions sessions) {
    return new UserView(c.id(), c.email(), c.displayName(), c.role(), c.tenantId(), c.mustChangePassword(),
        c.createdAt(), e.version(), status, reason, sessions);
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
    if (e.event() instanceof PirepAmended a) {
      return new PirepView(current.id(), current.tenantId(), current.pilotId(), current.pilotName(),
          a.changes().applyTo(current.flight()), current.status(), current.source(), current.flightId(),
          current.submittedAt(),
          current.reviewedAt(), current.reviewedBy(), current.rejectionReason(), e.version());
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
