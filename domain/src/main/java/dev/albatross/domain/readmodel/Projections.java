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
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.port.RecordedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * How events become read-model rows: pure functions every read-model adapter applies, and that
 * the command side uses to answer a write from its own events.
 */
public final class Projections {

  private static final Set<String> PROJECTED =
      Set.of(StreamTypes.TENANT, StreamTypes.USER, StreamTypes.PIREP);

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
          occurredAt(e), null, null, null, e.version());
    }
    if (e.event() instanceof PirepAmended a) {
      return new PirepView(current.id(), current.tenantId(), current.pilotId(), current.pilotName(),
          a.changes().applyTo(current.flight()), current.status(), current.source(), current.submittedAt(),
          current.reviewedAt(), current.reviewedBy(), current.rejectionReason(), e.version());
    }
    if (e.event() instanceof PirepAccepted a) {
      return reviewed(current, PirepStatus.ACCEPTED, e, a.reviewerId(), null);
    }
    PirepRejected r = (PirepRejected) e.event();
    return reviewed(current, PirepStatus.REJECTED, e, r.reviewerId(), r.reason());
  }

  public static PirepView pirep(List<RecordedEvent> history) {
    PirepView view = null;
    for (RecordedEvent e : history) {
      view = pirep(view, e);
    }
    return view;
  }

  public static UserView user(List<RecordedEvent> history) {
    UserView view = null;
    for (RecordedEvent e : history) {
      view = user(view, e);
    }
    return view;
  }

  private static PirepView reviewed(
      PirepView c, PirepStatus status, RecordedEvent e, java.util.UUID reviewer, String reason) {
    return new PirepView(
        c.id(), c.tenantId(), c.pilotId(), c.pilotName(), c.flight(), status, c.source(), c.submittedAt(),
        occurredAt(e), reviewer, reason, e.version());
  }

  private static Instant occurredAt(RecordedEvent e) {
    return e.metadata().occurredAt();
  }
}
