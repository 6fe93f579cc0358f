package dev.albatross.adapter;

/**
 * Where the real services of adapter tests are. Tests fail, never skip, when one is unreachable:
 * CI starts them all.
 */
public final class TestServices {
  private TestServices() {}

  public static String pgUrl() {
    return env("ALBATROSS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test");
  }

  public static String rabbitMqUrl() {
    return env("ALBATROSS_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/%2F");
  }

  public static String redisUrl() {
    return env("ALBATROSS_TEST_REDIS_URL", "redis://127.0.0.1:6379");
  }

  /** A name no other test run uses, for databases, queues, key prefixes and channels. */
  public static String uniqueName(String prefix) {
    return prefix + "_" + Long.toHexString(System.nanoTime()) + "_" + Integer.toHexString((int) (Math.random() * 0xffff));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
