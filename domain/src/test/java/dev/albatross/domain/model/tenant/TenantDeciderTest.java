package dev.albatross.domain.model.tenant;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.DeciderSpec;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.tenant.TenantState.ExistingTenant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Tenant")
class TenantDeciderTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");

  private final DeciderSpec<TenantCommand, TenantState, TenantEvent> spec = DeciderSpec.of(new TenantDecider());

  @Nested
  @DisplayName("CreateTenant")
  class Create {

    @Test
    @DisplayName("a new tenant is created with its name and ICAO code")
    void createsTenant() {
      spec.given()
          .when(new CreateTenant(TENANT, "Albatross Air", "ALB"))
          .then(new TenantCreated(TENANT, "Albatross Air", "ALB"))
          .andState(new ExistingTenant(TENANT, "Albatross Air", "ALB"));
    }

    @Test
    @DisplayName("creating an existing tenant again is a conflict")
    void createTwice() {
      spec.given(new TenantCreated(TENANT, "Albatross Air", "ALB"))
          .when(new CreateTenant(TENANT, "Other Air", "OTH"))
          .thenRefuses(Conflict.class);
    }
  }

  @Nested
  @DisplayName("DefineRanks")
  class DefineRanks {
    private final java.util.List<Rank> ranks = java.util.List.of(new Rank("Cadet", 0), new Rank("Captain", 100));

    @Test
    @DisplayName("an existing airline defines its ranks, lowest first")
    void defines() {
      spec.given(new TenantCreated(TENANT, "Albatross Air", "ALB"))
          .when(new TenantCommand.DefineRanks(TENANT, ranks))
          .then(new TenantEvent.RanksDefined(ranks))
          .andState(new ExistingTenant(TENANT, "Albatross Air", "ALB"));
    }

    @Test
    @DisplayName("an airline that does not exist has no ranks to define")
    void unknownAirline() {
      spec.given().when(new TenantCommand.DefineRanks(TENANT, ranks)).thenRefuses(NotFound.class);
    }
  }

  @Nested
  @DisplayName("Rank reached")
  class Reached {
    private final java.util.List<Rank> ranks =
        java.util.List.of(new Rank("Cadet", 0), new Rank("First Officer", 10), new Rank("Captain", 100));

    @Test
    @DisplayName("is the highest whose minimum hours the accepted minutes reach, exactly at the boundary")
    void highestReached() {
      org.assertj.core.api.Assertions.assertThat(Rank.reachedWith(ranks, 0)).contains(ranks.get(0));
      org.assertj.core.api.Assertions.assertThat(Rank.reachedWith(ranks, 599)).contains(ranks.get(0));
      org.assertj.core.api.Assertions.assertThat(Rank.reachedWith(ranks, 600)).contains(ranks.get(1));
      org.assertj.core.api.Assertions.assertThat(Rank.reachedWith(ranks, 6000)).contains(ranks.get(2));
      org.assertj.core.api.Assertions.assertThat(Rank.reachedWith(java.util.List.of(), 6000)).isEmpty();
    }
  }
}
