package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Someone calling the API: anonymous, signed in (a bearer token) or holding an API key. Every
 * call blocks the test until the answer is in; {@link #send} gives the future, for concurrent calls.
 */
public final class Caller {
  public static final Duration EVENTUALLY = Duration.ofSeconds(2);

  private final WebClient web;
  private final MultiMap credentials;
  private final JsonObject user;

  Caller(WebClient web, MultiMap credentials, JsonObject user) {
    this.web = web;
    this.credentials = credentials;
    this.user = user;
  }

  /** Signs in through {@code web} (an application the test did not start in-process); the caller with that token. */
  public static Caller signIn(WebClient web, String email, String password) {
    JsonObject session = new Caller(web, MultiMap.caseInsensitiveMultiMap(), null)
        .post("/api/auth/login", new JsonObject().put("email", email).put("password", password)).expect(200);
    return new Caller(web, MultiMap.caseInsensitiveMultiMap()
        .add("Authorization", "Bearer " + session.getString("token")), session.getJsonObject("user"));
  }

  /** The user as the login (or the key's owner) showed it; null for anonymous callers. */
  public JsonObject user() {
    return user;
  }

  public MultiMap credentials() {
    return credentials;
  }

  /** The Authorization header this caller sends, for a live client's register frames. */
  public String authorization() {
    return credentials.get("Authorization");
  }

  public String id() {
    return user.getString("id");
  }

  public Reply get(String path) {
    return await(send(HttpMethod.GET, path, MultiMap.caseInsensitiveMultiMap(), null));
  }

  public Reply post(String path, JsonObject body) {
    return post(path, body, MultiMap.caseInsensitiveMultiMap());
  }

  public Reply post(String path, JsonObject body, MultiMap headers) {
    return await(send(HttpMethod.POST, path, headers.add("Content-Type", "application/json"), body.toBuffer()));
  }

  public Reply patch(String path, JsonObject body) {
    return await(send(HttpMethod.PATCH, path, MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"),
        body.toBuffer()));
  }

  /** Starts a POST and returns at once, for requests that must run concurrently. */
  public Future<Reply> postAsync(String path, JsonObject body) {
    return send(HttpMethod.POST, path, MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"),
        body == null ? null : body.toBuffer());
  }

  public Reply put(String path, JsonObject body) {
    return await(send(HttpMethod.PUT, path, MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"),
        body.toBuffer()));
  }

  public Future<Reply> deleteAsync(String path) {
    return send(HttpMethod.DELETE, path, MultiMap.caseInsensitiveMultiMap(), null);
  }

  public Reply post(String path) {
    return await(send(HttpMethod.POST, path, MultiMap.caseInsensitiveMultiMap(), null));
  }

  /** A POST of raw bytes, for bodies that are not the JSON object the route expects. */
  public Reply postRaw(String path, String body) {
    return await(send(HttpMethod.POST, path, MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"),
        Buffer.buffer(body)));
  }

  public Reply delete(String path) {
    return await(send(HttpMethod.DELETE, path, MultiMap.caseInsensitiveMultiMap(), null));
  }

  /** GETs {@code path} until the answer satisfies {@code until}, for reads that follow a write; fails after 2 s. */
  public Reply getUntil(String path, Predicate<Reply> until) {
    return getUntil(path, until, EVENTUALLY);
  }

  /** GETs {@code path} until the answer satisfies {@code until}; fails once {@code within} has passed. */
  public Reply getUntil(String path, Predicate<Reply> until, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    Reply last = get(path);
    long pause = 5;
    while (!until.test(last)) {
      assertThat(System.nanoTime() - deadline).as("GET %s not as expected within %s; last answer %s %s",
          path, within, last.status(), last.body()).isNegative();
      pauseMillis(pause);
      pause = Math.min(pause * 2, 50);
      last = get(path);
    }
    return last;
  }

  /** Every item of a list, following {@code nextCursor} page after page. */
  public List<JsonObject> getAll(String path) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      String page = cursor == null ? path : path + (path.contains("?") ? "&" : "?") + "cursor=" + cursor;
      JsonObject body = get(page).expect(200);
      body.getJsonArray("items").forEach(item -> all.add((JsonObject) item));
      cursor = body.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  public Future<Reply> send(HttpMethod method, String path, MultiMap headers, Buffer body) {
    HttpRequest<Buffer> request = web.request(method, path).putHeaders(credentials).putHeaders(headers);
    String label = method + " " + path;
    return (body == null ? request.send() : request.sendBuffer(body))
        .map(r -> new Reply(label, r.statusCode(), r.headers(), r.bodyAsString()));
  }

  // --- what tests do often, in one place ---

  /** Files a valid PIREP, changed by {@code overrides}; asserts 201 and returns it. */
  public JsonObject filePirep(JsonObject overrides) {
    return post("/api/pireps", Albatross.pirepInput().mergeIn(overrides)).expect(201);
  }

  public JsonObject filePirep() {
    return filePirep(new JsonObject());
  }

  public Reply accept(JsonObject pirep) {
    return post(Albatross.pirepPath(pirep) + "/accept");
  }

  public Reply reject(JsonObject pirep, String reason) {
    return post(Albatross.pirepPath(pirep) + "/reject", new JsonObject().put("reason", reason));
  }

  /** Creates an API key of this caller; the answer carries the key, once. */
  public JsonObject createApiKey(String name) {
    return post("/api/api-keys", new JsonObject().put("name", name)).expect(201);
  }

  public static <T> T await(Future<T> future) {
    return await(future, Duration.ofSeconds(30));
  }

  public static <T> T await(Future<T> future, Duration within) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("did not complete: " + e, e);
    }
  }

  /** Every answer of requests started together. */
  public static List<Reply> awaitAll(List<Future<Reply>> started) {
    return started.stream().map(Caller::await).toList();
  }

  private static void pauseMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
