package dev.albatross.adapter.pg;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.regex.Pattern;

/** Turns {@code postgresql://user:pass@host:port/db} into client options, without ever echoing the password. */
public final class PgConfig {
  public static final int DEFAULT_POOL_SIZE = 8;

  private static final Pattern PASSWORD = Pattern.compile("(://[^/:@]*):[^@/]*@");

  private PgConfig() {}

  public static PgConnectOptions connectOptions(String url) {
    try {
      // every statement is a fixed string: parse and plan each once per connection, not per execution
      return PgConnectOptions.fromUri(url).setCachePreparedStatements(true);
    } catch (IllegalArgumentException e) {
      // the parser's message repeats the whole URL, password included
      throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user:pass@host:port/db): " + redacted(url));
    }
  }

  public static Pool pool(Vertx vertx, PgConnectOptions options, int maxSize) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(maxSize))
        .connectingTo(options)
        .using(vertx)
        .build();
  }

  public static Pool pool(Vertx vertx, String url) {
    return pool(vertx, connectOptions(url), DEFAULT_POOL_SIZE);
  }

  /** The URL with its password masked, for logs and error messages. */
  public static String redacted(String url) {
    return url == null ? null : PASSWORD.matcher(url).replaceFirst("$1:***@");
  }

  static String jdbcUrl(PgConnectOptions options) {
    return "jdbc:postgresql://" + options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
  }
}
