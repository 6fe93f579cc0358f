package dev.albatross.adapter.pg;

import dev.albatross.adapter.ClassResource;
import dev.albatross.contract.ReadModelsContract;
import dev.albatross.domain.readmodel.ReadModels;
import dev.albatross.domain.readmodel.ReadModelsWithFlights;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgReadModelsTest extends ReadModelsContract {
  @RegisterExtension
  static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);

  @Override
  protected ReadModels emptyReadModels() {
    DATABASE.get().truncate("tenants, users, api_keys, pireps, " + PgPilotStatsTable.TABLES);
    Pool pool = DATABASE.get().pool();
    PgReadModelQueries queries = new PgReadModelQueries(pool);
    PgFlightReadModel flights = new PgFlightReadModel(pool);
    return new ReadModels(new ReadModelsWithFlights(new PgReadModelWriter(pool), flights), queries, queries, queries,
        new PgApiKeyUsage(pool), queries, flights, new PgPilotStatsQueries(pool));
  }
}
