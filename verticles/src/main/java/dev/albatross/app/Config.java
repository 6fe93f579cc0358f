package dev.albatross.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The process's configuration, read once from {@code ALBATROSS_*} environment variables. */
public record Config(
    int httpPort,
    Set<ProcessRole> roles,
    Optional<String> pgUrl,
    Optional<String> rabbitMqUrl,
    Optional<String> redisUrl,
    Optional<String> jwtSecret,
    Optional<String> adminEmail,
    Optional<String> adminPassword,
    List<String> allowedOrigins,
    Optional<Path> dataDir) {

  public static final String DEFAULT_ADMIN_EMAIL = "admin@albatross.local";
  /** {@code ALBATROSS_DATA_DIR} with this value keeps nothing: events live in memory only. */
  public static final String IN_MEMORY = "memory";

  public enum ProcessRole {
    GATEWAY,
    WORKER
  }

  public static Config fromEnv(Map<String, String> env) {
    Optional<String> pg = value(env, "ALBATROSS_PG_URL");
    Optional<String> secret = value(env, "ALBATROSS_JWT_SECRET");
    if (pg.isPresent() && secret.isEmpty()) {
      throw new IllegalArgumentException("ALBATROSS_JWT_SECRET is required with ALBATROSS_PG_URL: every gateway must share it");
    }
    if (secret.isPresent() && secret.get().length() < 32) {
      throw new IllegalArgumentException("ALBATROSS_JWT_SECRET must be at least 32 characters");
    }
    return new Config(
        Integer.parseInt(value(env, "ALBATROSS_HTTP_PORT").orElse("8080")),
        roles(value(env, "ALBATROSS_ROLES").orElse("all")),
        pg,
        value(env, "ALBATROSS_RABBITMQ_URL"),
        value(env, "ALBATROSS_REDIS_URL"),
        secret,
        value(env, "ALBATROSS_ADMIN_EMAIL"),
        value(env, "ALBATROSS_ADMIN_PASSWORD"),
        value(env, "ALBATROSS_ALLOWED_ORIGINS").map(v -> Arrays.stream(v.split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).toList()).orElse(List.of()),
        dataDir(value(env, "ALBATROSS_DATA_DIR").orElse("./data")));
  }

  /** Where the embedded event store keeps its files without PostgreSQL; none for {@link #IN_MEMORY}. */
  static Optional<Path> dataDir(String value) {
    return value.equals(IN_MEMORY) ? Optional.empty() : Optional.of(Path.of(value));
  }

  /** The in-memory single process with defaults: what {@code make run} starts. */
  public static Config inMemory(int httpPort) {
    return new Config(httpPort, Set.of(ProcessRole.GATEWAY, ProcessRole.WORKER), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  public Config withAdmin(String email, String password) {
    return new Config(httpPort, roles, pgUrl, rabbitMqUrl, redisUrl, jwtSecret, Optional.of(email),
        Optional.of(password), allowedOrigins, dataDir);
  }

  /** The same configuration with a signing key of its own (the embedded mode's, kept in its data directory). */
  public Config withJwtSecret(String secret) {
    return new Config(httpPort, roles, pgUrl, rabbitMqUrl, redisUrl, Optional.of(secret), adminEmail, adminPassword,
        allowedOrigins, dataDir);
  }

  /** Events in the data directory's journal: no PostgreSQL, and a data directory. */
  public boolean embedded() {
    return pgUrl.isEmpty() && dataDir.isPresent();
  }

  public boolean runs(ProcessRole role) {
    return roles.contains(role);
  }

  static Set<ProcessRole> roles(String value) {
    Set<ProcessRole> roles = Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .flatMap(s -> s.equalsIgnoreCase("all")
            ? Arrays.stream(ProcessRole.values())
            : Stream.of(ProcessRole.valueOf(s.toUpperCase(Locale.ROOT))))
        .collect(Collectors.toSet());
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("ALBATROSS_ROLES names no role");
    }
    return Set.copyOf(roles);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(s -> !s.isEmpty());
  }

  /** Never prints a URL's password or the secrets. */
  @Override
  public String toString() {
    return "roles=" + roles + ", httpPort=" + httpPort
        + ", eventStore=" + (pgUrl.isPresent() ? "postgresql"
            : dataDir.map(dir -> "journal in " + dir.toAbsolutePath().normalize()).orElse("memory"))
        + ", eventBus=" + (rabbitMqUrl.isPresent() ? "rabbitmq" : "local")
        + ", cache=" + (redisUrl.isPresent() ? "redis" : "memory");
  }
}
