package dev.albatross.domain.app;

import dev.albatross.domain.model.Role;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.PilotStats;
import dev.albatross.domain.readmodel.PilotStatsQueries;
import dev.albatross.domain.readmodel.UserQueries;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pilots' stats as the API shows them: read-model totals with the pilot's name and their airline's rank. */
public final class PilotCareers {
  private final PilotStatsQueries careers;
  private final UserQueries users;

  public PilotCareers(PilotStatsQueries careers, UserQueries users) {
    this.careers = careers;
    this.users = users;
  }

  /** The stats of a user of an airline; empty for an unknown id or a platform admin. */
  public Future<Optional<PilotStats>> stats(UUID pilotId) {
    return users.user(pilotId).compose(user -> user.filter(u -> u.tenantId() != null && u.role() != Role.PLATFORM_ADMIN)
        .map(u -> stats(u).map(Optional::of))
        .orElseGet(() -> Future.succeededFuture(Optional.empty())));
  }

  private Future<PilotStats> stats(UserView pilot) {
    return Future.all(careers.totals(pilot.id()), careers.ranks(pilot.tenantId()))
        .map(both -> PilotStats.of(pilot, both.resultAt(0), both.resultAt(1)));
  }

  /** Every user of the airline (each has stats, if only empty ones), page after page. */
  public Future<List<UUID>> members(UUID tenantId) {
    return membersAfter(new UserFilter(Optional.of(tenantId), Optional.empty()), PageRequest.first(PageRequest.MAX_LIMIT),
        new ArrayList<>());
  }

  private Future<List<UUID>> membersAfter(UserFilter filter, PageRequest page, List<UUID> found) {
    return users.users(filter, page).compose(users -> {
      users.items().forEach(u -> found.add(u.id()));
      return users.nextCursor() == null
          ? Future.succeededFuture(found)
          : membersAfter(filter, new PageRequest(page.limit(), Optional.of(Cursor.decode(users.nextCursor()))), found);
    });
  }

  /** The airline's leaderboard, most flight minutes first (in {@code month}, or ever). */
  public Future<List<PilotStats>> leaderboard(UUID tenantId, Optional<YearMonth> month, int limit) {
    return careers.leaderboard(tenantId, month, limit).compose(ids -> {
      List<Future<Optional<PilotStats>>> each = ids.stream().map(this::stats).toList();
      return Future.all(each).map(all -> each.stream().map(Future::result).flatMap(Optional::stream).toList());
    });
  }
}
