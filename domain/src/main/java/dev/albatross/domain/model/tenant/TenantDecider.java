package dev.albatross.domain.model.tenant;

import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.model.tenant.TenantCommand.DefineRanks;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.model.tenant.TenantState.ExistingTenant;
import dev.albatross.domain.model.tenant.TenantState.NoTenant;
import java.util.List;

public final class TenantDecider implements Decider<TenantCommand, TenantState, TenantEvent> {

  @Override
  public Class<TenantEvent> eventType() {
    return TenantEvent.class;
  }

  @Override
  public TenantState initialState() {
    return new NoTenant();
  }

  @Override
  public List<TenantEvent> decide(TenantCommand command, TenantState state) {
    return command.match(new TenantCommand.Cases<>() {
      @Override
      public List<TenantEvent> createTenant(CreateTenant create) {
        return create(create, state);
      }

      @Override
      public List<TenantEvent> defineRanks(DefineRanks define) {
        if (!(state instanceof ExistingTenant)) {
          throw new NotFound("Airline not found.");
        }
        return List.of(new RanksDefined(define.ranks()));
      }
    });
  }

  private static List<TenantEvent> create(CreateTenant create, TenantState state) {
    if (state instanceof ExistingTenant) {
      throw new Conflict("Tenant " + create.tenantId() + " already exists.");
    }
    return List.of(new TenantCreated(create.tenantId(), create.name(), create.icao()));
  }

  @Override
  public TenantState evolve(TenantState state, TenantEvent event) {
    if (event instanceof RanksDefined) {
      return state;
    }
    TenantCreated created = (TenantCreated) event;
    return new ExistingTenant(created.tenantId(), created.name(), created.icao());
  }
}
