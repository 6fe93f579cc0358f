package dev.albatross.http;

import dev.albatross.domain.model.pirep.PirepAmendment;
import dev.albatross.domain.model.tenant.Rank;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bodies of pilot careers (API.md): an airline's ranks, and a PIREP amendment with its reason. */
final class CareerInput {
  static final int MAX_RANKS = 50;
  static final int MAX_MIN_HOURS = 100_000;

  private CareerInput() {}

  /** {@code {items: [{name, minHours}]}}: 1..50 ranks, minimum hours strictly increasing from 0. */
  static List<Rank> ranks(Body body) {
    List<Body> items = body.objects("items", 1, MAX_RANKS);
    List<Rank> ranks = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Body item = items.get(i);
      String name = item.check("name", item.string("name", true, 1, 50), n -> !n.isBlank(), "must not be blank");
      Integer minHours = item.integer("minHours", true, 0, MAX_MIN_HOURS);
      if (minHours != null && i == 0 && minHours != 0) {
        item.error("minHours", "the first rank must start at 0 hours");
      } else if (minHours != null && !ranks.isEmpty() && i == ranks.size()
          && minHours <= ranks.get(ranks.size() - 1).minHours()) {
        item.error("minHours", "must be greater than the rank before's");
      }
      if (name != null && minHours != null) {
        ranks.add(new Rank(name.trim(), minHours));
      }
    }
    body.validate();
    return ranks;
  }

  /** The reason, and the fields an amendment corrects, by the rules of the PIREP input: at least one. */
  static Amendment amendment(Body body) {
    String reason = body.check("reason", body.string("reason", true, 1, 500), r -> !r.isBlank(), "must not be blank");
    PirepAmendment changes = new PirepAmendment(
        body.integer("flightTimeMinutes", false, 1, 1440),
        body.integer("fuelUsedKg", false, 0, 500_000),
        body.integer("distanceNm", false, 0, 20_000),
        body.integer("landingRateFpm", false, -5000, 5000),
        body.string("route", false, 0, 2000),
        body.string("notes", false, 0, 2000));
    body.validate();
    if (Stream.of(changes.flightTimeMinutes(), changes.fuelUsedKg(), changes.distanceNm(), changes.landingRateFpm(),
        changes.route(), changes.notes()).allMatch(v -> v == null)) {
      body.error("body", "must change at least one of flightTimeMinutes, fuelUsedKg, distanceNm, landingRateFpm,"
          + " route, notes");
      body.validate();
    }
    return new Amendment(reason.trim(), changes);
  }

  record Amendment(String reason, PirepAmendment changes) {}
}
