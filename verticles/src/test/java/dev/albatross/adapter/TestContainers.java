package dev.albatross.adapter;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The services in Docker containers, for machines with a Docker engine and none of the services
 * running: started at first use, once per test JVM, stopped when it exits. The images are those
 * of docker-compose.infra.yml.
 */
public final class TestContainers {
  private static final Map<String, GenericContainer<?>> STARTED = new ConcurrentHashMap<>();

  private TestContainers() {}

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static String postgresUrl() {
    GenericContainer<?> pg = start("postgres", () -> new GenericContainer<>(DockerImageName.parse("postgres:15"))
        .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust").withEnv("POSTGRES_DB", "test").withExposedPorts(5432)
        .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\n", 2)));
    return "postgresql://postgres@" + pg.getHost() + ":" + pg.getMappedPort(5432) + "/test";
  }

  static String rabbitMqUrl() {
    GenericContainer<?> mq = start("rabbitmq", () -> new GenericContainer<>(DockerImageName.parse("rabbitmq:3.13"))
        .withExposedPorts(5672).waitingFor(Wait.forLogMessage(".*Server startup complete.*\\n", 1)));
    return "amqp://guest:guest@" + mq.getHost() + ":" + mq.getMappedPort(5672) + "/%2F";
  }

  static String redisUrl() {
    GenericContainer<?> redis = start("redis", () -> new GenericContainer<>(DockerImageName.parse("redis:7"))
        .withExposedPorts(6379).waitingFor(Wait.forListeningPort()));
    return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
  }

  /** The RabbitMQ container, when the tests run on one: rabbitmqctl runs inside it. */
  public static Optional<GenericContainer<?>> rabbitMq() {
    return Optional.ofNullable(STARTED.get("rabbitmq"));
  }

  private static GenericContainer<?> start(String name, Supplier<GenericContainer<?>> create) {
    return STARTED.computeIfAbsent(name, n -> {
      GenericContainer<?> container = create.get();
      container.start();
      return container;
    });
  }
}
