package dev.albatross.bench;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The live floor: raw Redis PUBLISH to SUBSCRIBE round trips at a fixed rate, on the local Redis. */
final class RedisFloor {
  private static final String CHANNEL = "albatross.bench.floor";

  private final Vertx vertx;
  private final String url;

  RedisFloor(Vertx vertx, String url) {
    this.vertx = vertx;
    this.url = url;
  }

  Latency run(int rate, int seconds) {
    Latency latency = new Latency();
    Map<String, Long> published = new ConcurrentHashMap<>();
    Redis subscriberClient = Redis.createClient(vertx, url);
    RedisConnection subscriber = LiveProbe.await(subscriberClient.connect());
    subscriber.handler(message -> onMessage(message, published, latency));
    LiveProbe.await(subscriber.send(Request.cmd(Command.SUBSCRIBE).arg(CHANNEL)));
    Redis publisherClient = Redis.createClient(vertx, url);
    RedisAPI publisher = RedisAPI.api(publisherClient);
    AtomicLong sent = new AtomicLong();
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    long ticker = vertx.setPeriodic(1, id -> {
      long due = Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L);
      while (sent.get() < due) {
        String seq = Long.toString(sent.incrementAndGet());
        published.put(seq, System.nanoTime());
        publisher.publish(CHANNEL, seq);
      }
    });
    long deadline = start + Duration.ofSeconds(seconds + 5L).toNanos();
    while (System.nanoTime() < deadline && latency.count() < total) {
      Bench.sleep(50);
    }
    vertx.cancelTimer(ticker);
    latency.lost(total - latency.count());
    subscriber.close();
    publisher.close();
    subscriberClient.close();
    return latency;
  }

  private static void onMessage(Response message, Map<String, Long> published, Latency latency) {
    long now = System.nanoTime();
    if (message.size() == 3 && "message".equals(message.get(0).toString())) {
      Long at = published.remove(message.get(2).toString());
      if (at != null) {
        latency.record(now - at);
      }
    }
  }
}
