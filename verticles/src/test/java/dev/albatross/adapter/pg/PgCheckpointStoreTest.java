package dev.albatross.adapter.pg;

import dev.albatross.adapter.ClassResource;
import dev.albatross.contract.CheckpointStoreContract;
import dev.albatross.domain.port.CheckpointStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgCheckpointStoreTest extends CheckpointStoreContract {
  @RegisterExtension
  static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);

  @Override
  protected CheckpointStore checkpointStore() {
    return new PgCheckpointStore(DATABASE.get().pool());
  }
}
