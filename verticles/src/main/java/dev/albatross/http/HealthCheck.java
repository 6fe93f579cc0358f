package dev.albatross.http;

import io.vertx.core.Future;

/** One dependency's health, as {@code /health} reports it. */
public interface HealthCheck {
  String name();

  /** Succeeds while the dependency answers. */
  Future<Void> check();
}
