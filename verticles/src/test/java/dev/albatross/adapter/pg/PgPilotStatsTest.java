package dev.albatross.adapter.pg;

import dev.albatross.adapter.ClassResource;
import dev.albatross.contract.PilotStatsContract;
import dev.albatross.domain.readmodel.ReadModels;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgPilotStatsTest extends PilotStatsContract {
  @RegisterExtension
  static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);

  @Override
  protected ReadModels emptyReadModels() {
    DATABASE.get().truncate("tenants, users, api_keys, pireps, " + PgPilotStatsTable.TABLES);
    Pool pool = DATABASE.get().pool();
    PgReadModelQueries queries = new PgReadModelQueries(pool);
    return new ReadModels(new PgReadModelWriter(pool), queries, queries, queries, new PgApiKeyUsage(pool), queries,
        new PgPilotStatsQueries(pool));
  }
}
