package dev.albatross.domain.model.tenant;

import dev.albatross.domain.model.AppCommand;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

public sealed interface TenantCommand extends AppCommand {

  UUID tenantId();

  /** One method per command of the family: a decider's one exhaustive dispatch. */
  interface Cases<R> {
    R createTenant(CreateTenant command);

    R defineRanks(DefineRanks command);
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

  /** Replaces the airline's ranks: {@code ranks} lowest first, validated at the edge. */
  record DefineRanks(UUID tenantId, List<Rank> ranks) implements TenantCommand {
    public DefineRanks {
      Objects.requireNonNull(tenantId);
      ranks = List.copyOf(ranks);
    }

    @Override
    public <R> R match(Cases<R> cases) {
      return cases.defineRanks(this);
    }
  }
}
