package dev.albatross.adapter.pg;

import dev.albatross.adapter.ClassResource;
import dev.albatross.contract.EventStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgEventStoreTest extends EventStoreContract {
  @RegisterExtension
  static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);

  @Override
  protected StoreUnderTest emptyStore() {
    DATABASE.get().truncate("events");
    return StoreUnderTest.of(DATABASE.get().eventStore());
  }
}
