package dev.albatross.http;

import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.port.Airports;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The airport database, for any signed-in caller: one airport by ICAO code, and a search. */
public final class AirportRoutes {
  private static final int MAX_QUERY = 100;

  private final Authentication auth;
  private final Airports airports;

  public AirportRoutes(Authentication auth, Airports airports) {
    this.auth = auth;
    this.airports = airports;
  }

  public void mount(Router router) {
    router.get("/api/airports").handler(auth.ready()).handler(this::search);
    router.get("/api/airports/:icao").handler(auth.ready()).handler(this::get);
  }

  private void search(RoutingContext ctx) {
    String query = Params.text(ctx, "q", MAX_QUERY);
    int limit = Params.limit(ctx, Airports.DEFAULT_LIMIT, Airports.MAX_LIMIT);
    JsonArray items = new JsonArray();
    airports.search(query, limit).forEach(airport -> items.add(json(airport)));
    Responses.ok(ctx, new JsonObject().put("items", items));
  }

  private void get(RoutingContext ctx) {
    Airport airport = airports.byIcao(ctx.pathParam("icao")).orElseThrow(() -> new NotFound("Airport not found."));
    Responses.ok(ctx, json(airport));
  }

  private static JsonObject json(Airport airport) {
    return new JsonObject()
        .put("icao", airport.icao())
        .put("iata", airport.iata())
        .put("name", airport.name())
        .put("city", airport.city())
        .put("country", airport.country())
        .put("lat", airport.lat())
        .put("lon", airport.lon())
        .put("elevationFt", airport.elevationFt());
  }
}
