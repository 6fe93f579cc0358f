package dev.albatross.domain.model.tenant;

import dev.albatross.domain.model.AppCommand;
import java.util.Objects;
import java.util.UUID;

public sealed interface TenantCommand extends AppCommand {

  record CreateTenant(UUID tenantId, String name, String icao) implements TenantCommand {
    public CreateTenant {
      Objects.requireNonNull(tenantId);
      Objects.requireNonNull(name);
      Objects.requireNonNull(icao);
    }

    @Override
    public <R> R dispatch(Handler<R> handler) {
      return handler.createTenant(this);
    }
  }
}
