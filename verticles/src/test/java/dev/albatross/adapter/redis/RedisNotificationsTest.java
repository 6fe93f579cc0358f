package dev.albatross.adapter.redis;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.adapter.TestServices;
import dev.albatross.domain.port.Notifier.Notification;
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
    notifier = new RedisNotifier(redis.client, channel);
    subscription = await(redis.vertx.deployVerticle(new RedisNotificationSubscriber(
        RedisConfig.options(TestServices.redisUrl()), channel, received::add, hearing::add)));
  }

  @AfterEach
  void close() {
    await(redis.vertx.undeploy(subscription));
    redis.close();
  }

  private Future<Void> send(String address, JsonObject body) {
    return notifier.notify(List.of(new Notification(address, body)));
  }

  private static JsonObject notification(String address, JsonObject body) {
    return new JsonObject().put("address", address).put("body", body);
  }

  @Test
  @DisplayName("a notification reaches the subscriber as its address and body")
  void delivers() {
    JsonObject body = new JsonObject().put("type", "PirepSubmitted").put("pirep", new JsonObject().put("id", "p-1"));

    await(send("tenant.t-1.pireps", body));

    eventually(() -> assertThat(received).containsExactly(notification("tenant.t-1.pireps", body)));
  }

  @Test
  @DisplayName("the notifications of one call arrive in their order")
  void inOrder() {
    List<Notification> sent = IntStream.range(0, 100)
        .mapToObj(i -> new Notification("tenant.t-1.pireps", new JsonObject().put("n", i)))
        .toList();

    await(notifier.notify(sent));

    eventually(() -> assertThat(received).hasSize(100));
    assertThat(received).containsExactlyElementsOf(sent.stream().map(n -> notification(n.address(), n.body())).toList());
  }

  @Test
  @DisplayName("a message that is not JSON is skipped, the next one still arrives")
  void skipsGarbage() {
    await(redis.redis.publish(channel, "not json"));
    await(send("platform.tenants", new JsonObject().put("n", 1)));

    eventually(() -> assertThat(received).containsExactly(notification("platform.tenants", new JsonObject().put("n", 1))));
  }

  @Test
  @DisplayName("subscribes again after Redis killed the connection, saying it stopped hearing meanwhile")
  void resubscribes() {
    await(send("before", new JsonObject()));
    eventually(() -> assertThat(received).hasSize(1));
    eventually(() -> assertThat(hearing).containsExactly(true));

    await(redis.redis.client(List.of("KILL", "TYPE", "pubsub")));
    received.clear();

    eventually(Duration.ofSeconds(15), () -> {
      await(send("after", new JsonObject()));
      assertThat(received).isNotEmpty();
    });
    assertThat(received).allSatisfy(n -> assertThat(n.getString("address")).isEqualTo("after"));
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
