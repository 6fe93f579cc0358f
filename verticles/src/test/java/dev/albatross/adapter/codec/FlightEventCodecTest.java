package dev.albatross.adapter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightResumed;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.model.flight.FlightPlan;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.pirep.FlightDetails;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every flight event comes back from its protobuf form as it went in, optional fields set and unset. */
class FlightEventCodecTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00.125Z");
  private static final Position ON_GROUND = new Position(7, T0.plusSeconds(7), 51.4706, -0.4619, 83, 270, 12, 0, true);
  private static final Position AIRBORNE = new Position(41, T0.plusSeconds(41), 51.5, -1.25, 12_000, 271.5, 320, 1_500,
      null);

  static List<DomainEvent> events() {
    FlightDetails details = new FlightDetails("ALB1", "EGLL", "KJFK", "B77W", 420, T0, T0.plusSeconds(25_300), 61_000,
        3_000, -120, "DVR L9 KONAN", "smooth");
    FlightDetails bare = new FlightDetails("ALB1", "EGLL", "KJFK", "B77W", 420, null, null, null, 3_000, null, null,
        null);
    return List.of(
        new FlightStarted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Pat Pilot",
            new FlightPlan("ALB1", "EGLL", "KJFK", "B77W", "DVR L9 KONAN", "TestACARS"), T0),
        new FlightStarted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Pat Pilot",
            new FlightPlan("ALB1", "EGLL", "KJFK", "B77W", null, null), T0),
        new PositionsRecorded(AIRBORNE, 42, 3, 123.5, T0.plusSeconds(42)),
        new PositionsRecorded(ON_GROUND, 1, 0, 0, T0.plusSeconds(8)),
        new FlightLost(T0.plusSeconds(2_000)),
        new FlightResumed(T0.plusSeconds(2_100)),
        new FlightFiled(UUID.randomUUID(), details, T0.plusSeconds(26_000)),
        new FlightFiled(UUID.randomUUID(), bare, T0.plusSeconds(26_000)),
        new FlightCancelled(UUID.randomUUID(), T0.plusSeconds(60)));
  }

  @ParameterizedTest
  @MethodSource("events")
  void roundTrips(DomainEvent event) {
    assertThat(EventCodec.decodePayload(EventCodec.encodePayload(event))).isEqualTo(event);
  }
}
