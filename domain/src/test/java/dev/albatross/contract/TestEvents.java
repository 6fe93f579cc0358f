package dev.albatross.contract;

import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.unique.UniqueValue.UniqueValueReserved;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.model.user.UserEvent.UserPasswordChanged;
import dev.albatross.domain.model.user.UserEvent.UserRegistered;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events for adapter tests. Times are whole microseconds, the precision PostgreSQL keeps, so a
 * round trip through any adapter gives back equal values.
 */
public final class TestEvents {
  public static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123456Z");

  private static final AtomicLong FEED = new AtomicLong();

  private TestEvents() {}

  public static EventMetadata metadata(Instant at) {
    return new EventMetadata(UUID.randomUUID(), at, UUID.randomUUID(), UUID.randomUUID());
  }

  public static PendingEvent pending(DomainEvent event) {
    return new PendingEvent(UUID.randomUUID(), event);
  }

  public static StreamWrite write(UUID streamId, long expectedVersion, DomainEvent... events) {
    return new StreamWrite(streamId, StreamTypes.UNIQUE_VALUE, null, expectedVersion,
        Arrays.stream(events).map(TestEvents::pending).toList());
  }

  public static StreamWrite write(UUID streamId, long expectedVersion, PendingEvent... events) {
    return new StreamWrite(streamId, StreamTypes.UNIQUE_VALUE, null, expectedVersion, Arrays.asList(events));
  }

  /** An event as the store would have recorded it, with a feed position of its own. */
  public static RecordedEvent recorded(UUID streamId, String streamType, long version, UUID tenantId, Instant at,
      DomainEvent event) {
    long position = FEED.incrementAndGet();
    return new RecordedEvent(new FeedPosition(position, position), UUID.randomUUID(), streamId, streamType, version,
        tenantId, metadata(at), event);
  }

  /** A small event for tests that only care about order and identity. */
  public static DomainEvent anyEvent(String value) {
    return new UniqueValueReserved("test", value, UUID.randomUUID());
  }

  public static RecordedEvent tenantCreated(UUID tenantId, String icao, Instant at) {
    return recorded(tenantId, StreamTypes.TENANT, 1, tenantId, at, new TenantCreated(tenantId, "Airline " + icao, icao));
  }

  public static RecordedEvent userRegistered(UUID userId, UUID tenantId, Role role, Instant at) {
    return recorded(userId, StreamTypes.USER, 1, tenantId, at, new UserRegistered(
        userId, userId + "@example.com", "Pilot " + userId.toString().substring(0, 8), role, tenantId,
        "$argon2id$hash", true));
  }

  public static RecordedEvent passwordChanged(UUID userId, UUID tenantId, long version, Instant at) {
    return recorded(userId, StreamTypes.USER, version, tenantId, at, new UserPasswordChanged("$argon2id$other"));
  }

  /** Any event of a user's stream. */
  public static RecordedEvent user(UUID userId, UUID tenantId, long version, Instant at, DomainEvent event) {
    return recorded(userId, StreamTypes.USER, version, tenantId, at, event);
  }

  public static RecordedEvent apiKeyGenerated(UUID userId, UUID tenantId, long version, UUID keyId, String hash,
      Instant at) {
    return recorded(userId, StreamTypes.USER, version, tenantId, at,
        new ApiKeyGenerated(keyId, "acars " + version, "alb_" + hash.substring(0, 4), hash));
  }

  public static RecordedEvent apiKeyRevoked(UUID userId, UUID tenantId, long version, UUID keyId, Instant at) {
    return recorded(userId, StreamTypes.USER, version, tenantId, at, new ApiKeyRevoked(keyId));
  }

  public static RecordedEvent pirepSubmitted(UUID pirepId, UUID tenantId, UUID pilotId, Instant at) {
    return recorded(pirepId, StreamTypes.PIREP, 1, tenantId, at,
        new PirepSubmitted(pirepId, tenantId, pilotId, "Pilot One", flight(at), PirepSource.API));
  }

  /** The PIREP that the live flight {@code flightId} was filed as. */
  public static RecordedEvent pirepFiledFrom(UUID flightId, UUID pirepId, UUID tenantId, Instant at) {
    return recorded(pirepId, StreamTypes.PIREP, 1, tenantId, at,
        new PirepSubmitted(pirepId, tenantId, UUID.randomUUID(), "Pilot One", flight(at), PirepSource.ACARS, flightId));
  }

  public static RecordedEvent pirepAccepted(UUID pirepId, UUID tenantId, UUID reviewerId, Instant at) {
    return recorded(pirepId, StreamTypes.PIREP, 2, tenantId, at, new PirepAccepted(reviewerId));
  }

  public static RecordedEvent pirepRejected(UUID pirepId, UUID tenantId, UUID reviewerId, Instant at) {
    return recorded(pirepId, StreamTypes.PIREP, 2, tenantId, at, new PirepRejected(reviewerId, "Wrong aircraft"));
  }

  public static FlightDetails flight(Instant landedAt) {
    return new FlightDetails("ALB123", "EDDF", "LFPG", "A320", 75, landedAt.minusSeconds(4500), landedAt,
        2400, 260, -180, "ROUTE DCT", null);
  }
}
