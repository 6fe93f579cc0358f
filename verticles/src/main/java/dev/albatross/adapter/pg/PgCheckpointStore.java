package dev.albatross.adapter.pg;

import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.FeedPosition;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/** Feed readers' positions in the {@code checkpoints} table; a position only ever moves forward. */
public final class PgCheckpointStore implements CheckpointStore {

  private final SqlClient client;

  public PgCheckpointStore(SqlClient client) {
    this.client = client;
  }

  @Override
  public Future<FeedPosition> load(String reader) {
    return client.preparedQuery("select transaction_id, position from checkpoints where reader = $1")
        .execute(Tuple.of(reader))
        .map(rows -> {
          if (rows.size() == 0) {
            return FeedPosition.START;
          }
          Row row = rows.iterator().next();
          return new FeedPosition(row.getLong("transaction_id"), row.getLong("position"));
        });
  }

  @Override
  public Future<Void> save(String reader, FeedPosition position) {
    return client.preparedQuery("insert into checkpoints (reader, transaction_id, position) values ($1, $2, $3) "
            + "on conflict (reader) do update set transaction_id = excluded.transaction_id, "
            + "position = excluded.position, updated_at = now() "
            + "where (checkpoints.transaction_id, checkpoints.position) < (excluded.transaction_id, excluded.position)")
        .execute(Tuple.of(reader, position.transactionId(), position.position()))
        .mapEmpty();
  }
}
