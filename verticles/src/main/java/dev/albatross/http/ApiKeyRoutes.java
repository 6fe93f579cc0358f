package dev.albatross.http;

import static dev.albatross.http.Responses.respond;

import dev.albatross.command.CommandBus;
import dev.albatross.domain.model.user.UserCommand.GenerateApiKey;
import dev.albatross.domain.model.user.UserCommand.RevokeApiKey;
import dev.albatross.domain.readmodel.ApiKeyQueries;
import dev.albatross.security.Secrets;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** A user's own API keys: the key is shown once, only its SHA-256 hash is kept. */
public final class ApiKeyRoutes {
  private final Authentication auth;
  private final ApiKeyQueries apiKeys;
  private final CommandBus commands;
  private final ReadConsistency reads;

  public ApiKeyRoutes(Authentication auth, ApiKeyQueries apiKeys, CommandBus commands, ReadConsistency reads) {
    this.auth = auth;
    this.apiKeys = apiKeys;
    this.commands = commands;
    this.reads = reads;
  }

  public void mount(Router router) {
    router.post("/api/api-keys").handler(auth.ready()).handler(this::create);
    router.get("/api/api-keys").handler(auth.ready()).handler(this::list);
    router.delete("/api/api-keys/:id").handler(auth.ready()).handler(this::revoke);
  }

  private void create(RoutingContext ctx) {
    Body body = Body.of(ctx);
    String name = body.check("name", body.string("name", true, 1, 100), n -> !n.isBlank(), "must not be blank");
    body.validate();
    Principal principal = Principal.of(ctx);
    String key = Secrets.newApiKey();
    GenerateApiKey command = new GenerateApiKey(principal.actor().userId(), UUID.randomUUID(), name.trim(),
        Secrets.displayPrefix(key), Secrets.sha256Hex(key));
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), command)
        .compose(outcome -> reads.visible(ctx, outcome)).compose(outcome -> {
      var recorded = outcome.newEvents().get(0);
      return Responses.json(ctx, 201, new JsonObject()
          .put("id", command.keyId().toString())
          .put("name", command.name())
          .put("prefix", command.prefix())
          .put("key", key)
          .put("createdAt", Representations.time(recorded.metadata().occurredAt())));
    }));
  }

  private void list(RoutingContext ctx) {
    Principal principal = Principal.of(ctx);
    respond(ctx, apiKeys.ofUser(principal.actor().userId(), Params.page(ctx))
        .compose(page -> Responses.ok(ctx, Representations.page(page, Representations::apiKey))));
  }

  private void revoke(RoutingContext ctx) {
    UUID keyId = Params.pathId(ctx, "id");
    Principal principal = Principal.of(ctx);
    respond(ctx, commands.send(principal.actor(), RequestIds.of(ctx), new RevokeApiKey(principal.actor().userId(), keyId))
        .compose(outcome -> reads.visible(ctx, outcome))
        .compose(outcome -> Responses.noContent(ctx)));
  }
}
