package dev.albatross.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Request ids")
class RequestIdsTest {

  @Test
  @DisplayName("are random version 4 UUIDs of the IETF variant, none repeated")
  void versionFourAndUnique() {
    Set<UUID> seen = new HashSet<>();
    int ones = 0;
    for (int i = 0; i < 100_000; i++) {
      UUID id = RequestIds.fresh();
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(UUID.fromString(id.toString())).isEqualTo(id);
      assertThat(seen.add(id)).as("a repeated id").isTrue();
      ones += Long.bitCount(id.getMostSignificantBits()) + Long.bitCount(id.getLeastSignificantBits());
    }
    // the version and the variant set two bits; of the 122 random ones, half are set
    assertThat(ones / 100_000.0).isBetween(62.5, 63.5);
  }
}
