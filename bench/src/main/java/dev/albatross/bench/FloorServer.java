package dev.albatross.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HTTP floor: a bare Vert.x route answering a fixed body of the size Albatross answers, on
 * as many event loops (one server verticle per loop) as the gateway uses. Run in its own JVM:
 * {@code floor-server <port> <get-body-file> <post-body-file> [<record-file> <append-to-file>]};
 * with the last two, a POST first appends the record's bytes to the file as the journal does
 * (see {@link GroupCommitFile}), the floor of a durable write.
 */
final class FloorServer extends VerticleBase {
  private final int port;
  private final Buffer getBody;
  private final Buffer postBody;
  private final GroupCommitFile file;

  private FloorServer(int port, Buffer getBody, Buffer postBody, GroupCommitFile file) {
    this.port = port;
    this.getBody = getBody;
    this.postBody = postBody;
    this.file = file;
  }

  static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Buffer getBody = Buffer.buffer(Files.readAllBytes(Path.of(args[1])));
    Buffer postBody = Buffer.buffer(Files.readAllBytes(Path.of(args[2])));
    GroupCommitFile file = args.length > 4
        ? GroupCommitFile.open(Path.of(args[4]), Files.readAllBytes(Path.of(args[3]))) : null;
    // as the gateway: one event loop per core (Application.eventLoops)
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(instances));
    vertx.deployVerticle(() -> new FloorServer(port, getBody, postBody, file), new DeploymentOptions().setInstances(instances))
        .onSuccess(id -> System.out.println("floor server on port " + port + " with " + instances + " event loops"))
        .onFailure(failure -> {
          failure.printStackTrace();
          System.exit(1);
        });
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.get("/health").handler(ctx -> ctx.end("UP"));
    router.get("/floor").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end(getBody));
    router.post("/floor").handler(ctx -> ctx.request().body()
        .compose(in -> file == null ? Future.succeededFuture() : file.append())
        .onSuccess(v -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(postBody))
        .onFailure(ctx::fail));
    return vertx.createHttpServer(new HttpServerOptions().setPort(port)).requestHandler(router).listen();
  }
}
