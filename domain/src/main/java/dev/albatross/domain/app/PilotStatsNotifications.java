package dev.albatross.domain.app;

import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.pirep.PirepStatus;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.port.Notifier.Notification;
import dev.albatross.domain.port.Notifier.PilotStatsChanged;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PilotStats;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.TenantView;
import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells live clients of a pilot's new stats once the read models hold them: after an accept, after
 * an amendment of an accepted PIREP, and, for every user of the airline, after its ranks change
 * (so a promotion, by hours or by new ranks, is one of these). At-most-once, as every live
 * notification: a failure is logged and never fails the projection.
 */
public final class PilotStatsNotifications implements ReadModelListener {
  private static final Logger LOG = LoggerFactory.getLogger(PilotStatsNotifications.class);

  private final PilotCareers careers;
  private final Notifier notifier;

  public PilotStatsNotifications(PilotCareers careers, Notifier notifier) {
    this.careers = careers;
    this.notifier = notifier;
  }

  @Override
  public Future<Void> applied(List<Applied> changes) {
    Set<UUID> pilots = new LinkedHashSet<>();
    Set<UUID> reranked = new LinkedHashSet<>();
    for (Applied change : changes) {
      if (change.row() instanceof PirepView pirep && changesStats(change, pirep)) {
        pilots.add(pirep.pilotId());
      } else if (change.event().event() instanceof RanksDefined && change.row() instanceof TenantView tenant) {
        reranked.add(tenant.id());
      }
    }
    if (pilots.isEmpty() && reranked.isEmpty()) {
      return Future.succeededFuture();
    }
    return Future.all(reranked.stream().map(careers::members).toList())
        .compose(all -> {
          all.<List<UUID>>list().forEach(pilots::addAll);
          List<Future<Optional<PilotStats>>> stats = pilots.stream().map(careers::stats).toList();
          return Future.all(stats).map(done -> stats.stream().map(Future::result).flatMap(Optional::stream).toList());
        })
        .compose(this::tell)
        .otherwise(failure -> {
          LOG.warn("Live stats of {} pilots failed: {}", pilots.size(), failure.toString());
          return null;
        });
  }

  private static boolean changesStats(Applied change, PirepView pirep) {
    return change.event().event() instanceof PirepAccepted
        || (change.event().event() instanceof PirepAmended && pirep.status() == PirepStatus.ACCEPTED);
  }

  private Future<Void> tell(List<PilotStats> stats) {
    if (stats.isEmpty()) {
      return Future.succeededFuture();
    }
    return notifier.notify(stats.stream().<Notification>map(PilotStatsChanged::new).toList());
  }
}
