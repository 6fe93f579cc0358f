package dev.albatross.domain.model.tenant;

import dev.albatross.domain.model.AppCommand;
import java.util.Objects;
import java.util.UUID;

public sealed interface TenantCommand extends AppCommand {

  /** One method per command of the family: a decider's one exhaustive dispatch. */
  interface Cases<R> {
    R createTenant(CreateTenant command);
  }

  <R> R match(Cases<R> cases);

  @Override
  default <R> R dispatch(Handler<R> handler) {
    return match(handler);
  }

  record CreateTenant(UUID tenantId, String name, String icao) implements TenantCommand {
    public CreateTenant {
      Objects.requireNonNull(tenantId);
      Objects.requireNonNull(name);
      Objects.requireNonNull(icao);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.createTenant(this);
    }
  }
}
