package dev.albatross.adapter.codec;

import static dev.albatross.adapter.codec.Protos.id;
import static dev.albatross.adapter.codec.Protos.role;
import static dev.albatross.adapter.codec.Protos.time;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.flight.FlightEvent;
import dev.albatross.domain.model.idempotency.IdempotencyKey.IdempotencyKeyClaimed;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.unique.UniqueValue.UniqueValueReserved;
import dev.albatross.domain.model.user.UserEvent;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.proto.v1.Event;
import dev.albatross.proto.v1.EventEnvelope;

/** Domain events to protobuf and back: the stored payload and the envelope on the event bus. */
public final class EventCodec {
  private EventCodec() {}

  public static byte[] encodePayload(DomainEvent event) {
    return payload(event).toByteArray();
  }

  public static DomainEvent decodePayload(byte[] bytes) {
    try {
      return decode(Event.parseFrom(bytes));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("unreadable stored event", e);
    }
  }

  public static EventEnvelope envelope(RecordedEvent e) {
    EventMetadata m = e.metadata();
    return EventEnvelope.newBuilder()
        .setEventId(id(e.eventId()))
        .setStreamId(id(e.streamId()))
        .setStreamType(e.streamType())
        .setVersion(e.version())
        .setTenantId(id(e.tenantId()))
        .setActorId(id(m.actorId()))
        .setOccurredAt(time(m.occurredAt()))
        .setCorrelationId(id(m.correlationId()))
        .setCausationId(id(m.causationId()))
        .setPayload(payload(e.event()))
        .setPosition(e.feedPosition().position())
        .setTransactionId(e.feedPosition().transactionId())
        .build();
  }

  public static RecordedEvent recorded(EventEnvelope e) {
    return new RecordedEvent(
        new FeedPosition(e.getTransactionId(), e.getPosition()),
        id(e.getEventId()),
        id(e.getStreamId()),
        e.getStreamType(),
        e.getVersion(),
        id(e.getTenantId()),
        new EventMetadata(id(e.getActorId()), time(e.getOccurredAt()), id(e.getCorrelationId()), id(e.getCausationId())),
        decode(e.getPayload()));
  }

  public static RecordedEvent recorded(byte[] envelopeBytes) {
    try {
      return recorded(EventEnvelope.parseFrom(envelopeBytes));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("unreadable event envelope", e);
    }
  }

  static Event payload(DomainEvent event) {
    Event.Builder b = Event.newBuilder();
    if (event instanceof TenantCreated t) {
      b.setTenantCreated(dev.albatross.proto.v1.TenantCreated.newBuilder()
          .setTenantId(id(t.tenantId())).setName(t.name()).setIcao(t.icao()));
    } else if (event instanceof UniqueValueReserved u) {
      b.setUniqueValueReserved(dev.albatross.proto.v1.UniqueValueReserved.newBuilder()
          .setScope(u.scope()).setValue(u.value()).setOwnerId(id(u.ownerId())));
    } else if (event instanceof UserRegistered u) {
      b.setUserRegistered(dev.albatross.proto.v1.UserRegistered.newBuilder()
          .setUserId(id(u.userId())).setEmail(u.email()).setDisplayName(u.displayName()).setRole(role(u.role()))
          .setTenantId(id(u.tenantId())).setPasswordHash(u.passwordHash()).setMustChangePassword(u.mustChangePassword()));
    } else if (event instanceof UserPasswordChanged p) {
      b.setUserPasswordChanged(dev.albatross.proto.v1.UserPasswordChanged.newBuilder().setPasswordHash(p.passwordHash())
          .setKeptSessionId(id(p.keptSession())));
    } else if (event instanceof UserEvent userEvent && UserEventCodec.encodes(userEvent)) {
      UserEventCodec.encode(userEvent, b);
    } else if (event instanceof ApiKeyGenerated k) {
      b.setApiKeyGenerated(dev.albatross.proto.v1.ApiKeyGenerated.newBuilder()
          .setKeyId(id(k.keyId())).setName(k.name()).setPrefix(k.prefix()).setKeyHash(k.keyHash()));
    } else if (event instanceof ApiKeyRevoked k) {
      b.setApiKeyRevoked(dev.albatross.proto.v1.ApiKeyRevoked.newBuilder().setKeyId(id(k.keyId())));
    } else if (event instanceof PirepSubmitted p) {
      b.setPirepSubmitted(dev.albatross.proto.v1.PirepSubmitted.newBuilder()
          .setPirepId(id(p.pirepId())).setTenantId(id(p.tenantId())).setPilotId(id(p.pilotId()))
          .setPilotName(p.pilotName()).setFlight(FlightCodec.encode(p.flight())).setSource(FlightCodec.source(p.source()))
          .setFlightId(id(p.flightId())));
    } else if (event instanceof PirepAccepted a) {
      b.setPirepAccepted(dev.albatross.proto.v1.PirepAccepted.newBuilder().setReviewerId(id(a.reviewerId())));
    } else if (event instanceof PirepRejected r) {
      b.setPirepRejected(dev.albatross.proto.v1.PirepRejected.newBuilder()
          .setReviewerId(id(r.reviewerId())).setReason(r.reason()));
    } else if (event instanceof IdempotencyKeyClaimed c) {
      b.setIdempotencyKeyClaimed(dev.albatross.proto.v1.IdempotencyKeyClaimed.newBuilder()
          .setUserId(id(c.userId())).setKey(c.key()).setPirepId(id(c.pirepId())).setClaimedAt(time(c.claimedAt())));
    } else if (event instanceof FlightEvent f) {
      FlightEventCodec.encode(f, b);
    } else if (event instanceof PirepAmended a) {
      b.setPirepAmended(dev.albatross.proto.v1.PirepAmended.newBuilder()
          .setAmendedBy(id(a.amendedBy())).setReason(a.reason()).setChanges(CareerCodec.encode(a.changes())));
    } else if (event instanceof RanksDefined r) {
      b.setRanksDefined(dev.albatross.proto.v1.RanksDefined.newBuilder().addAllRanks(CareerCodec.encode(r.ranks())));
    } else {
      throw new IllegalArgumentException("no protobuf form for " + event.getClass().getName());
    }
    return b.build();
  }

  static DomainEvent decode(Event e) {
    switch (e.getKindCase()) {
      case TENANT_CREATED: {
        var t = e.getTenantCreated();
        return new TenantCreated(id(t.getTenantId()), t.getName(), t.getIcao());
      }
      case UNIQUE_VALUE_RESERVED: {
        var u = e.getUniqueValueReserved();
        return new UniqueValueReserved(u.getScope(), u.getValue(), id(u.getOwnerId()));
      }
      case USER_REGISTERED: {
        var u = e.getUserRegistered();
        return new UserRegistered(id(u.getUserId()), u.getEmail(), u.getDisplayName(), role(u.getRole()),
            id(u.getTenantId()), u.getPasswordHash(), u.getMustChangePassword());
      }
      case USER_PASSWORD_CHANGED:
        return new UserPasswordChanged(e.getUserPasswordChanged().getPasswordHash(),
            id(e.getUserPasswordChanged().getKeptSessionId()));
      case USER_RENAMED, USER_ROLE_CHANGED, USER_SUSPENDED, USER_REACTIVATED, SESSION_ENDED:
        return UserEventCodec.decode(e);
      case API_KEY_GENERATED: {
        var k = e.getApiKeyGenerated();
        return new ApiKeyGenerated(id(k.getKeyId()), k.getName(), k.getPrefix(), k.getKeyHash());
      }
      case API_KEY_REVOKED:
        return new ApiKeyRevoked(id(e.getApiKeyRevoked().getKeyId()));
      case PIREP_SUBMITTED: {
        var p = e.getPirepSubmitted();
        return new PirepSubmitted(id(p.getPirepId()), id(p.getTenantId()), id(p.getPilotId()), p.getPilotName(),
            FlightCodec.decode(p.getFlight()), FlightCodec.source(p.getSource()), id(p.getFlightId()));
      }
      case PIREP_ACCEPTED:
        return new PirepAccepted(id(e.getPirepAccepted().getReviewerId()));
      case PIREP_REJECTED:
        return new PirepRejected(id(e.getPirepRejected().getReviewerId()), e.getPirepRejected().getReason());
      case IDEMPOTENCY_KEY_CLAIMED: {
        var c = e.getIdempotencyKeyClaimed();
        return new IdempotencyKeyClaimed(id(c.getUserId()), c.getKey(), id(c.getPirepId()), time(c.getClaimedAt()));
      }
      case FLIGHT_STARTED, POSITIONS_RECORDED, FLIGHT_LOST, FLIGHT_RESUMED, FLIGHT_FILED, FLIGHT_CANCELLED:
        return FlightEventCodec.decode(e);
      case PIREP_AMENDED: {
        var a = e.getPirepAmended();
        return new PirepAmended(id(a.getAmendedBy()), a.getReason(), CareerCodec.decode(a.getChanges()));
      }
      case RANKS_DEFINED:
        return new RanksDefined(CareerCodec.decode(e.getRanksDefined().getRanksList()));
      default:
        throw new IllegalStateException("event without a known kind: " + e.getKindCase());
    }
  }
}
