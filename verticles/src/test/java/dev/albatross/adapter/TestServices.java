package dev.albatross.adapter;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the real services of the integration tests are: the {@code ALBATROSS_TEST_*} variables,
 * else the local default ports, else, where none answers there and a Docker engine exists,
 * containers started once per test JVM ({@link TestContainers}). Tests fail, never skip, when a
 * service is unreachable: CI starts them all.
 */
public final class TestServices {
  private static final String LOCAL_PG = "postgresql://postgres@127.0.0.1:5432/test";
  private static final String LOCAL_RABBITMQ = "amqp://guest:guest@127.0.0.1:5672/%2F";
  private static final String LOCAL_REDIS = "redis://127.0.0.1:6379";

  private TestServices() {}

  public static String pgUrl() {
    return env("ALBATROSS_TEST_PG_URL").orElseGet(() -> localOr(5432, LOCAL_PG, TestContainers::postgresUrl));
  }

  public static String rabbitMqUrl() {
    return env("ALBATROSS_TEST_RABBITMQ_URL").orElseGet(() -> localOr(5672, LOCAL_RABBITMQ, TestContainers::rabbitMqUrl));
  }

  public static String redisUrl() {
    return env("ALBATROSS_TEST_REDIS_URL").orElseGet(() -> localOr(6379, LOCAL_REDIS, TestContainers::redisUrl));
  }

  /** A name no other test run uses, for databases, queues, key prefixes and channels. */
  public static String uniqueName(String prefix) {
    return prefix + "_" + Long.toHexString(System.nanoTime()) + "_" + Integer.toHexString((int) (Math.random() * 0xffff));
  }

  private static String localOr(int port, String local, Supplier<String> container) {
    if (answers(port) || !TestContainers.dockerAvailable()) {
      return local;
    }
    return container.get();
  }

  private static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
