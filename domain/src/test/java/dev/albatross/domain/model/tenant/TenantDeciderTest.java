package dev.albatross.domain.model.tenant;

import dev.albatross.domain.error.Conflict;
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
}
