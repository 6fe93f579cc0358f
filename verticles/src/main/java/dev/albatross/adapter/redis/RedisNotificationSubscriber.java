package dev.albatross.adapter.redis;

import dev.albatross.adapter.Backoff;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the notifications {@link RedisNotifier} publishes, on a connection of its own, and hands
 * each {@code {"address", "body"}} to the handler (a gateway forwards them to its local event bus).
 * The Redis client does not reconnect by itself: when the connection ends, this subscribes again
 * with backoff. What was published in between is lost; live clients refetch when they reconnect,
 * and {@code hearing} is told false when the subscription is lost and true each time Redis
 * confirms it, so that what depends on hearing every notification can stand aside meanwhile.
 *
 * <p>A verticle, so that its connection, its timers and its state belong to one context: the
 * subscription is deployed once per gateway, and undeploying it closes its connection.
 */
public final class RedisNotificationSubscriber extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(RedisNotificationSubscriber.class);

  private final RedisOptions options;
  private final String channel;
  private final Handler<JsonObject> handler;
  private final Handler<Boolean> hearing;
  private Redis redis;
  private RedisConnection connection;
  private Promise<Void> subscribed;
  /** The pause before subscribing again, growing while attempts fail, jittered so gateways do not return in step. */
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
  private boolean closed;

  public RedisNotificationSubscriber(RedisOptions options, String channel, Handler<JsonObject> handler,
      Handler<Boolean> hearing) {
    this.options = options;
    this.channel = channel;
    this.handler = handler;
    this.hearing = hearing;
  }

  /** Succeeds once Redis confirmed the subscription; fails if Redis cannot be reached now. */
  @Override
  public Future<?> start() {
    redis = Redis.createClient(vertx, options);
    return subscribe().onFailure(failure -> stop());
  }

  private Future<Void> subscribe() {
    Promise<Void> confirmed = Promise.promise();
    Promise<Void> earlier = subscribed;
    if (earlier != null) {
      // an attempt whose connection died before Redis confirmed is answered by this one
      confirmed.future().onSuccess(v -> earlier.tryComplete());
    }
    subscribed = confirmed;
    return redis.connect()
        .compose(conn -> listenOn(conn).send(Request.cmd(Command.SUBSCRIBE).arg(channel)))
        .compose(sent -> confirmed.future());
  }

  private RedisConnection listenOn(RedisConnection conn) {
    connection = conn;
    conn.handler(this::received);
    conn.exceptionHandler(e -> lost(conn, e.toString()));
    conn.endHandler(v -> lost(conn, "connection closed"));
    return conn;
  }

  private void received(Response message) {
    if (message == null || message.size() < 3) {
      return;
    }
    String kind = message.get(0).toString();
    if ("subscribe".equals(kind)) {
      confirmSubscription();
    } else if ("message".equals(kind) && channel.equals(message.get(1).toString())) {
      deliver(message.get(2).toString());
    }
  }

  private void confirmSubscription() {
    backoff.reset();
    subscribed.tryComplete();
    hearing.handle(true);
  }

  private void deliver(String payload) {
    JsonObject notification;
    try {
      notification = new JsonObject(payload);
    } catch (DecodeException e) {
      LOG.warn("Ignoring a notification on {} that is not JSON", channel);
      return;
    }
    handler.handle(notification);
  }

  private void lost(RedisConnection conn, String reason) {
    if (closed || conn != connection) {
      return;
    }
    connection = null;
    LOG.warn("Lost the subscription to {} ({}); subscribing again", channel, reason);
    resubscribeLater();
    hearing.handle(false);
  }

  private void resubscribeLater() {
    vertx.setTimer(backoff.nextMillis(), id -> {
      if (!closed) {
        subscribe().onFailure(e -> retryAfterFailure(e.toString()));
      }
    });
  }

  private void retryAfterFailure(String reason) {
    if (closed) {
      return;
    }
    LOG.warn("Could not subscribe to {} ({}); retrying", channel, reason);
    connection = null;
    resubscribeLater();
  }

  @Override
  public Future<?> stop() {
    closed = true;
    RedisConnection open = connection;
    connection = null;
    Future<Void> disconnected = open == null ? Future.succeededFuture() : open.close();
    return disconnected.eventually(redis::close);
  }
}
