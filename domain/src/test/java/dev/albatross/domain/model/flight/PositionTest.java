package dev.albatross.domain.model.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.albatross.domain.error.FieldError;
import dev.albatross.domain.error.ValidationFailed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Positions")
class PositionTest {

  private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

  private static PositionInput good(long seq) {
    return new PositionInput(seq, AT.plusSeconds(seq), 51.47, -0.46, 35_000.0, 271.5, 480.0, -1_200.0, false);
  }

  @Nested
  @DisplayName("one position")
  class One {

    @Test
    @DisplayName("a position within every range is built, onGround may be unknown")
    void valid() {
      var p = new Position(Integer.MAX_VALUE, AT, -90, 180, -2_000, 360, 1_000, -20_000, null);
      assertThat(p.onGround()).isNull();
      assertThat(new Position(0, AT, 90, -180, 60_000, 0, 0, 20_000, true).seq()).isZero();
    }

    @Test
    @DisplayName("every field out of range is named")
    void invalid() {
      var refusal = catchThrowableOfType(ValidationFailed.class,
          () -> new Position(-1, null, 90.5, -181, 60_001, 360.1, 1_001, -20_001, false));
      assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(
          "seq", "at", "lat", "lon", "altitudeFt", "headingDeg", "groundSpeedKt", "verticalSpeedFpm");
    }

    @Test
    @DisplayName("NaN is out of every range")
    void notANumber() {
      var refusal = catchThrowableOfType(ValidationFailed.class,
          () -> new Position(1, AT, Double.NaN, 0, 0, Double.NaN, 0, 0, true));
      assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("lat", "headingDeg");
    }
  }

  @Nested
  @DisplayName("a batch")
  class Batch {

    @Test
    @DisplayName("a valid batch becomes positions in the order sent, numbers rounded to whole units")
    void valid() {
      var input = new PositionInput(7L, AT, 1.0, 2.0, 1_000.4, 90.0, 140.6, -700.5, null);
      List<Position> positions = PositionBatch.validate(List.of(good(9), input));
      assertThat(positions).extracting(Position::seq).containsExactly(9, 7);
      assertThat(positions.get(1)).isEqualTo(new Position(7, AT, 1, 2, 1_000, 90, 141, -700, null));
    }

    @Test
    @DisplayName("every bad field is reported with its position's index, and none is kept")
    void invalid() {
      var list = new ArrayList<PositionInput>();
      for (int i = 0; i < 5; i++) {
        list.add(good(i));
      }
      list.set(3, new PositionInput(3L, AT, 91.0, -0.46, 35_000.0, 271.5, 480.0, -1_200.0, false));
      list.set(4, new PositionInput(1L << 31, AT, 51.0, null, 35_000.0, 271.5, -1.0, -1_200.0, null));
      var refusal = catchThrowableOfType(ValidationFailed.class, () -> PositionBatch.validate(list));
      assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(
          "positions[3].lat", "positions[4].seq", "positions[4].lon", "positions[4].groundSpeedKt");
      assertThat(refusal.errors().get(2).message()).isEqualTo("is required");
    }

    @Test
    @DisplayName("a missing position is named by its index")
    void nullPosition() {
      var refusal = catchThrowableOfType(ValidationFailed.class,
          () -> PositionBatch.validate(Collections.singletonList(null)));
      assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("positions[0]");
    }

    @Test
    @DisplayName("a batch holds 1 to 500 positions")
    void size() {
      var empty = catchThrowableOfType(ValidationFailed.class, () -> PositionBatch.validate(List.of()));
      assertThat(empty.errors()).extracting(FieldError::field).containsExactly("positions");
      var many = new ArrayList<PositionInput>();
      for (int i = 0; i < 501; i++) {
        many.add(good(i));
      }
      var tooMany = catchThrowableOfType(ValidationFailed.class, () -> PositionBatch.validate(many));
      assertThat(tooMany.errors()).extracting(FieldError::field).containsExactly("positions");
      assertThat(PositionBatch.validate(many.subList(0, 500))).hasSize(500);
    }
  }

  @Nested
  @DisplayName("airborne")
  class Airborne {

    @Test
    @DisplayName("the client's onGround decides when it is sent")
    void told() {
      assertThat(new Position(1, AT, 0, 0, 35_000, 0, 480, 0, true).airborne()).isFalse();
      assertThat(new Position(1, AT, 0, 0, 0, 0, 0, 0, false).airborne()).isTrue();
    }

    @Test
    @DisplayName("without it: faster than a taxi and climbing, descending or at a cruise speed")
    void inferred() {
      assertThat(new Position(1, AT, 0, 0, 80, 0, 15, 0, null).airborne()).as("taxi").isFalse();
      assertThat(new Position(1, AT, 0, 0, 80, 0, 130, 0, null).airborne()).as("takeoff roll").isFalse();
      assertThat(new Position(1, AT, 0, 0, 900, 0, 160, 1_800, null).airborne()).as("initial climb").isTrue();
      assertThat(new Position(1, AT, 0, 0, 35_000, 0, 480, 0, null).airborne()).as("cruise").isTrue();
      assertThat(new Position(1, AT, 0, 0, 300, 0, 140, -700, null).airborne()).as("short final").isTrue();
      assertThat(new Position(1, AT, 0, 0, 30, 0, 30, -300, null).airborne()).as("taxi bump").isFalse();
    }
  }
}
