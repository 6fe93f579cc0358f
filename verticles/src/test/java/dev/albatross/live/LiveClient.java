package dev.albatross.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A raw WebSocket bridge client speaking the frames of API.md. */
public final class LiveClient {
  private final WebSocket socket;
  private final List<JsonObject> frames = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private LiveClient(WebSocket socket) {
    this.socket = socket;
    socket.handler(buffer -> frames.add(new JsonObject(buffer.toString())));
    socket.closeHandler(v -> closed = true);
  }

  /** Whether the server closed the connection (or the client did). */
  public boolean closed() {
    return closed;
  }

  /** Connects, trying again if a busy machine drops the handshake: what is tested starts after it. */
  public static LiveClient connect(Vertx vertx, int port) throws Exception {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI("/api/ws/websocket");
    for (int attempt = 1; ; attempt++) {
      try {
        return new LiveClient(vertx.createWebSocketClient().connect(options).await(5, TimeUnit.SECONDS));
      } catch (Exception handshakeDropped) {
        if (attempt == 3) {
          throw handshakeDropped;
        }
        Thread.sleep(200);
      }
    }
  }

  public void register(String address, JsonObject headers) throws Exception {
    socket.writeTextMessage(new JsonObject().put("type", "register").put("address", address)
        .put("headers", headers).encode()).await(5, TimeUnit.SECONDS);
  }

  public List<JsonObject> frames(String type) {
    return frames.stream().filter(f -> type.equals(f.getString("type"))).toList();
  }

  public JsonObject awaitFrame(String type) throws InterruptedException {
    return awaitFrames(type, 1).get(0);
  }

  /** The first {@code count} frames of {@code type}, once that many arrived. */
  public List<JsonObject> awaitFrames(String type, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      List<JsonObject> matching = frames(type);
      if (matching.size() >= count) {
        return matching.subList(0, count);
      }
      Thread.sleep(10);
    }
    throw new AssertionError(count + " '" + type + "' frames expected within 5 s; frames: " + frames);
  }

  /** Lets the server finish with frames in flight (authorising a register takes a round trip). */
  public void awaitQuiet() throws Exception {
    socket.writeTextMessage(new JsonObject().put("type", "ping").encode()).await(5, TimeUnit.SECONDS);
    Thread.sleep(300);
  }

  /** {@link #awaitQuiet()} for many clients at once: one pause for all of them. */
  public static void awaitQuiet(List<LiveClient> clients) throws Exception {
    for (LiveClient client : clients) {
      client.socket.writeTextMessage(new JsonObject().put("type", "ping").encode()).await(5, TimeUnit.SECONDS);
    }
    Thread.sleep(300);
  }

  public void close() {
    socket.close();
  }
}
