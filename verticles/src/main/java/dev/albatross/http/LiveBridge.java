package dev.albatross.http;

import dev.albatross.bus.Addresses;
import dev.albatross.domain.error.Forbidden;
import dev.albatross.domain.error.Unauthorized;
import dev.albatross.domain.model.Role;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSHandlerOptions;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SockJS event-bus bridge at {@code /api/ws}: outbound only, every registration authenticated
 * by the credentials in its frame's headers and authorised for its address by the caller's role
 * and airline; every delivery checked again against what the socket was granted. The credentials
 * a socket registered with are checked again every few seconds, and the socket closed once they no
 * longer hold (a suspended user, a signed-out token, a revoked key).
 */
public final class LiveBridge {
  private static final Pattern TENANT_ADDRESS = Pattern.compile("tenant\\.([0-9a-f-]{36})\\.(pireps|users|flights|pilots)");
  private static final int MAX_HANDLERS_PER_SOCKET = 16;
  private static final long PING_TIMEOUT_MS = 30_000;
  static final long RECHECK_EVERY_MS = 3_000;

  private final Vertx vertx;
  private final Authentication auth;
  private final OriginPolicy origins;
  private final Map<SockJSSocket, Set<String>> grants = java.util.Collections.synchronizedMap(new WeakHashMap<>());
  private final Map<SockJSSocket, Set<Credentials>> credentials =
      java.util.Collections.synchronizedMap(new WeakHashMap<>());
  private final AtomicBoolean rechecking = new AtomicBoolean();

  /** The credentials of a register frame, as sent. */
  private record Credentials(String authorization, String key) {}

  public LiveBridge(Vertx vertx, Authentication auth, OriginPolicy origins) {
    this.vertx = vertx;
    this.auth = auth;
    this.origins = origins;
  }

  public void mount(Router router) {
    SockJSBridgeOptions options = new SockJSBridgeOptions()
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(TENANT_ADDRESS.pattern()))
        .addOutboundPermitted(new PermittedOptions().setAddress(Addresses.PLATFORM_TENANTS))
        .setMaxAddressLength(100)
        .setMaxHandlersPerSocket(MAX_HANDLERS_PER_SOCKET)
        .setPingTimeout(PING_TIMEOUT_MS);
    SockJSHandlerOptions sockJs = new SockJSHandlerOptions().setRegisterWriteHandler(false).setInsertJSESSIONID(false)
        .setSessionTimeout(30_000);
    router.route("/api/ws/*").handler(ctx -> {
      if (origins.allows(ctx.request().headers())) {
        ctx.next();
      } else {
        ctx.fail(new Forbidden("This origin may not open the live connection."));
      }
    });
    router.route("/api/ws/*").subRouter(SockJSHandler.create(vertx, sockJs).bridge(options, this::handle));
    if (rechecking.compareAndSet(false, true)) {
      vertx.setPeriodic(RECHECK_EVERY_MS, id -> recheck());
    }
  }

  private void handle(BridgeEvent event) {
    switch (event.type()) {
      case SOCKET_CREATED -> event.complete(origins.allows(event.socket().headers()));
      case REGISTER -> register(event);
      case RECEIVE -> event.complete(granted(event.socket(), event.getRawMessage().getString("address")));
      case UNREGISTER, SOCKET_PING, SOCKET_IDLE -> event.complete(true);
      case SOCKET_CLOSED -> {
        grants.remove(event.socket());
        credentials.remove(event.socket());
        event.complete(true);
      }
      default -> event.complete(false);
    }
  }

  private void register(BridgeEvent event) {
    JsonObject frame = event.getRawMessage();
    String address = frame.getString("address", "");
    JsonObject headers = frame.getJsonObject("headers", new JsonObject());
    Credentials sent = new Credentials(header(headers, "Authorization"), header(headers, "X-API-Key"));
    auth.authenticateReady(sent.authorization(), sent.key())
        .map(principal -> may(principal, address))
        .otherwise(false)
        .onSuccess(allowed -> {
          if (allowed) {
            grants.computeIfAbsent(event.socket(), s -> ConcurrentHashMap.newKeySet()).add(address);
            credentials.computeIfAbsent(event.socket(), s -> ConcurrentHashMap.newKeySet()).add(sent);
          }
          event.complete(allowed);
        });
  }

  /**
   * Closes the sockets whose credentials were refused since they registered: one cache read per
   * credential and socket every {@link #RECHECK_EVERY_MS}, none per delivery. A check that fails
   * for another reason (the cache is down) closes nothing.
   */
  private void recheck() {
    Map<SockJSSocket, Set<Credentials>> registered;
    synchronized (credentials) {
      registered = new HashMap<>(credentials);
    }
    registered.forEach((socket, sent) -> sent.forEach(c -> auth.authenticateReady(c.authorization(), c.key())
        .onFailure(refusal -> {
          if (refusal instanceof Unauthorized || refusal instanceof Forbidden) {
            socket.close();
          }
        })));
  }

  /** Who may hear what: API.md's table of live addresses. */
  static boolean may(Principal principal, String address) {
    if (Addresses.PLATFORM_TENANTS.equals(address)) {
      return principal.actor().isPlatformAdmin();
    }
    Matcher m = TENANT_ADDRESS.matcher(address);
    if (!m.matches()) {
      return false;
    }
    UUID tenant;
    try {
      tenant = UUID.fromString(m.group(1));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if ("pireps".equals(m.group(2)) || "flights".equals(m.group(2)) || "pilots".equals(m.group(2))) {
      return principal.sees(tenant);
    }
    return principal.seesUsersOf(tenant);
  }

  /**
   * Closes every registered client's connection: notifications were lost while this gateway did
   * not hear them (its Redis subscription was down), so clients reconnect and refetch their lists.
   */
  public void resync() {
    List<SockJSSocket> sockets;
    synchronized (grants) {
      sockets = new ArrayList<>(grants.keySet());
    }
    sockets.forEach(SockJSSocket::close);
  }

  private boolean granted(SockJSSocket socket, String address) {
    Set<String> addresses = grants.get(socket);
    return addresses != null && address != null && addresses.contains(address);
  }

  /** Frame headers are client JSON: take a string, case-insensitively, or nothing. */
  private static String header(JsonObject headers, String name) {
    for (String field : headers.fieldNames()) {
      if (field.equalsIgnoreCase(name) && headers.getValue(field) instanceof String value) {
        return value;
      }
    }
    return null;
  }

}
