package dev.albatross.verticle;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.function.Function;

/** Serves a router on the configured port; several instances share the port, one per event loop. */
public final class HttpVerticle extends VerticleBase {
  /** Clients send only small bridge frames (register, ping): anything larger is refused. */
  static final int MAX_FRAME_BYTES = 16 * 1024;

  private final Function<Vertx, Router> routes;
  private final int port;
  private HttpServer server;

  public HttpVerticle(Function<Vertx, Router> routes, int port) {
    this.routes = routes;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    server = vertx.createHttpServer(new HttpServerOptions().setPort(port).setCompressionSupported(true)
        .setMaxWebSocketFrameSize(MAX_FRAME_BYTES).setMaxWebSocketMessageSize(MAX_FRAME_BYTES));
    return server.requestHandler(routes.apply(vertx)).listen();
  }

  public int actualPort() {
    return server.actualPort();
  }
}
