package dev.albatross.domain.port;

import io.vertx.core.Future;
import java.util.function.Supplier;

/** One dependency's health, as {@code /health} reports it. */
public interface HealthCheck {
  String name();

  /** Succeeds while the dependency answers. */
  Future<Void> check();

  /** A failure whose message says why a part is down, fit for {@code /health} to show. */
  final class Unhealthy extends RuntimeException {
    public Unhealthy(String reason) {
      super(reason, null, false, false);
    }
  }

  static HealthCheck of(String name, Supplier<Future<Void>> check) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Future<Void> check() {
        return check.get();
      }
    };
  }
}
