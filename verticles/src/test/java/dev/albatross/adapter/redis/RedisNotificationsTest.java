package dev.albatross.adapter.redis;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.adapter.TestServices;
import dev.albatross.bus.Addresses;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.Notifier.Notification;
import dev.albatross.domain.port.Notifier.ProjectionsReached;
import dev.albatross.http.LiveMessages;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedisNotificationsTest {
  private RedisTestKeys redis;
  private String channel;
  private RedisNotifier notifier;
  private String subscription;
  private final List<JsonObject> received = new CopyOnWriteArrayList<>();
  private final List<Boolean> hearing = new CopyOnWriteArrayList<>();

  @BeforeEach
  void subscribe() {
    redis = new RedisTestKeys();
    channel = redis.prefix + "notifications";
    notifier = new RedisNotifier(redis.client, channel, LiveMessages::encode);
    subscription = await(redis.vertx.deployVerticle(new RedisNotificationSubscriber(
        RedisConfig.options(TestServices.redisUrl()), channel, received::add, hearing::add)));
  }

  @AfterEach
  void close() {
    await(redis.vertx.undeploy(subscription));
    redis.close();
  }

  /** A notification of its own: the projections reached position {@code n}. */
  private static Notification reached(long n) {
    return new ProjectionsReached(new FeedPosition(n, n));
  }

  private Future<Void> send(long n) {
    return notifier.notify(List.of(reached(n)));
  }

  /** What the subscriber hands on for {@code n}: the address and body the notification is given. */
  private static JsonObject notification(long n) {
    return LiveMessages.encode(reached(n));
  }

  @Test
  @DisplayName("a notification reaches the subscriber as its address and body")
  void delivers() {
    await(send(1));

    eventually(() -> assertThat(received).containsExactly(notification(1)));
    assertThat(received.get(0).getString("address")).isEqualTo(Addresses.PROJECTED);
  }

  @Test
  @DisplayName("the notifications of one call arrive in their order")
  void inOrder() {
    List<Notification> sent = IntStream.range(0, 100).mapToObj(RedisNotificationsTest::reached).toList();

    await(notifier.notify(sent));

    eventually(() -> assertThat(received).hasSize(100));
    assertThat(received)
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(RedisNotificationsTest::notification).toList());
  }

  @Test
  @DisplayName("a message that is not JSON is skipped, the next one still arrives")
  void skipsGarbage() {
    await(redis.redis.publish(channel, "not json"));
    await(send(1));

    eventually(() -> assertThat(received).containsExactly(notification(1)));
  }

  @Test
  @DisplayName("subscribes again after Redis killed the connection, saying it stopped hearing meanwhile")
  void resubscribes() {
    await(send(1));
    eventually(() -> assertThat(received).hasSize(1));
    eventually(() -> assertThat(hearing).containsExactly(true));

    await(redis.redis.client(List.of("KILL", "TYPE", "pubsub")));
    received.clear();

    eventually(Duration.ofSeconds(15), () -> {
      await(send(2));
      assertThat(received).isNotEmpty();
    });
    assertThat(received).allSatisfy(n -> assertThat(n).isEqualTo(notification(2)));
    eventually(() -> assertThat(hearing).containsExactly(true, false, true));
  }

  @Test
  @DisplayName("start fails when Redis cannot be reached")
  void unreachable() {
    RedisNotificationSubscriber nowhere = new RedisNotificationSubscriber(
        new RedisOptions().setConnectionString("redis://127.0.0.1:1"), channel, received::add, hearing::add);

    assertThatThrownBy(() -> await(redis.vertx.deployVerticle(nowhere))).isNotInstanceOf(AssertionError.class);
  }
}
