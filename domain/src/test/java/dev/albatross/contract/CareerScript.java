package dev.albatross.contract;

import static dev.albatross.contract.Async.await;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepAmendment;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAccepted;
import dev.albatross.domain.model.pirep.PirepEvent.PirepAmended;
import dev.albatross.domain.model.pirep.PirepEvent.PirepRejected;
import dev.albatross.domain.model.pirep.PirepEvent.PirepSubmitted;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.tenant.Rank;
import dev.albatross.domain.model.tenant.TenantEvent.RanksDefined;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A random career history, written to an event store: airlines, pilots, and their PIREPs
 * submitted, accepted, rejected and amended in a random interleaving (each PIREP's own events in
 * order), with ranks defined now and then. {@link #expected} recomputes a pilot's stats from the
 * events with plain loops, independently of the projections under test.
 */
public final class CareerScript {
  public static final Instant T0 = Instant.parse("2024-01-03T10:00:00.123456Z");

  private final EventStore store = new InMemoryEventStore();
  private final List<RecordedEvent> events = new ArrayList<>();
  private final Map<UUID, Long> versions = new HashMap<>();
  private final Map<UUID, UUID> tenantOf = new LinkedHashMap<>();
  private final Random random;

  /** What a PIREP's events made of it: the oracle's own fold. */
  private static final class Pirep {
    UUID pilot;
    String status = "SUBMITTED";
    int minutes;
    Integer distance;
    Integer landing;
    Instant flownAt;
  }

  private CareerScript(Random random) {
    this.random = random;
  }

  /** {@code pilotsPerTenant} pilots in each of {@code tenants} airlines, with {@code pireps} PIREPs in all. */
  public static CareerScript random(long seed, int tenants, int pilotsPerTenant, int pireps) {
    CareerScript script = new CareerScript(new Random(seed));
    script.play(tenants, pilotsPerTenant, pireps);
    return script;
  }

  private void play(int tenants, int pilotsPerTenant, int pirepCount) {
    List<UUID> pilots = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      UUID tenant = UUID.randomUUID();
      append(tenant, StreamTypes.TENANT, tenant, new TenantCreated(tenant, "Airline " + t, "AL" + (char) ('A' + t)));
      for (int p = 0; p < pilotsPerTenant; p++) {
        UUID pilot = UUID.randomUUID();
        tenantOf.put(pilot, tenant);
        pilots.add(pilot);
      }
    }
    List<UUID> open = new ArrayList<>();
    Map<UUID, String> status = new HashMap<>();
    int submitted = 0;
    while (submitted < pirepCount || !open.isEmpty()) {
      int choice = random.nextInt(10);
      if (submitted < pirepCount && (open.isEmpty() || choice < 3)) {
        UUID pilot = pilots.get(random.nextInt(pilots.size()));
        UUID pirep = UUID.randomUUID();
        append(pirep, StreamTypes.PIREP, tenantOf.get(pilot), new PirepSubmitted(pirep, tenantOf.get(pilot), pilot,
            "Pilot", flight(), PirepSource.MANUAL));
        status.put(pirep, "SUBMITTED");
        open.add(pirep);
        submitted++;
      } else if (choice == 3 && tenants > 0) {
        UUID tenant = List.copyOf(new java.util.LinkedHashSet<>(tenantOf.values())).get(random.nextInt(tenants));
        append(tenant, StreamTypes.TENANT, tenant, new RanksDefined(ranks()));
      } else {
        UUID pirep = open.get(random.nextInt(open.size()));
        UUID tenant = events.stream().filter(e -> e.streamId().equals(pirep)).findFirst().orElseThrow().tenantId();
        if (choice < 2) {
          open.remove(pirep);
        } else if (choice < 6) {
          append(pirep, StreamTypes.PIREP, tenant, new PirepAmended(UUID.randomUUID(), "correction", amendment()));
        } else if ("SUBMITTED".equals(status.get(pirep))) {
          boolean accept = choice < 9;
          append(pirep, StreamTypes.PIREP, tenant,
              accept ? new PirepAccepted(UUID.randomUUID()) : new PirepRejected(UUID.randomUUID(), "no"));
          status.put(pirep, accept ? "ACCEPTED" : "REJECTED");
        } else {
          open.remove(pirep);
        }
      }
    }
  }

  private FlightDetails flight() {
    Instant on = T0.plusSeconds(3600L * random.nextInt(24 * 120));
    boolean withBlockTimes = random.nextBoolean();
    return new FlightDetails("ALB1", "EDDF", "LFPG", "A320", 1 + random.nextInt(600),
        withBlockTimes ? on.minusSeconds(3600) : null, withBlockTimes ? on : null, null,
        random.nextInt(4) == 0 ? null : random.nextInt(3000),
        random.nextInt(3) == 0 ? null : -50 - random.nextInt(700), null, null);
  }

  private PirepAmendment amendment() {
    return new PirepAmendment(random.nextBoolean() ? 1 + random.nextInt(1440) : null, null,
        random.nextBoolean() ? random.nextInt(20_000) : null, random.nextBoolean() ? -random.nextInt(5000) : null,
        null, random.nextBoolean() ? "amended" : null);
  }

  private List<Rank> ranks() {
    List<Rank> ranks = new ArrayList<>(List.of(new Rank("Cadet", 0)));
    int hours = 0;
    for (int i = random.nextInt(4); i > 0; i--) {
      hours += 1 + random.nextInt(20);
      ranks.add(new Rank("Rank " + hours, hours));
    }
    return ranks;
  }

  private void append(UUID stream, String type, UUID tenant, DomainEvent event) {
    long version = versions.merge(stream, 1L, Long::sum);
    Instant at = T0.plusSeconds(events.size());
    events.addAll(await(store.append(List.of(new StreamWrite(stream, type, tenant, version - 1,
        List.of(new PendingEvent(UUID.randomUUID(), event)))), TestEvents.metadata(at))));
  }

  public EventStore store() {
    return store;
  }

  /** Every event, in feed order. */
  public List<RecordedEvent> events() {
    return List.copyOf(events);
  }

  public List<UUID> pilots() {
    return List.copyOf(tenantOf.keySet());
  }

  public UUID tenantOf(UUID pilot) {
    return tenantOf.get(pilot);
  }

  public List<UUID> tenants() {
    return List.copyOf(new java.util.LinkedHashSet<>(tenantOf.values()));
  }

  /** A pilot's stats as the events say, summed with plain loops. */
  public record Expected(long flights, long minutes, long distance, Integer averageLanding, Instant lastFlightAt,
      Map<YearMonth, List<Long>> byMonth) {}

  public Expected expected(UUID pilot) {
    long flights = 0;
    long minutes = 0;
    long distance = 0;
    long landingSum = 0;
    long landings = 0;
    Instant last = null;
    Map<YearMonth, List<Long>> months = new TreeMap<>();
    for (Pirep p : fold().values()) {
      if (!p.pilot.equals(pilot) || !"ACCEPTED".equals(p.status)) {
        continue;
      }
      flights++;
      minutes += p.minutes;
      distance += p.distance == null ? 0 : p.distance;
      if (p.landing != null) {
        landingSum += p.landing;
        landings++;
      }
      last = last == null || p.flownAt.isAfter(last) ? p.flownAt : last;
      YearMonth month = YearMonth.from(p.flownAt.atOffset(ZoneOffset.UTC));
      List<Long> m = months.getOrDefault(month, List.of(0L, 0L));
      months.put(month, List.of(m.get(0) + 1, m.get(1) + p.minutes));
    }
    Integer average = landings == 0 ? null : (int) Math.round((double) landingSum / landings);
    return new Expected(flights, minutes, distance, average, last, months);
  }

  /** The airline's last defined ranks; none if never defined. */
  public List<Rank> ranks(UUID tenant) {
    List<Rank> ranks = List.of();
    for (RecordedEvent e : events) {
      if (e.streamId().equals(tenant) && e.event() instanceof RanksDefined defined) {
        ranks = defined.ranks();
      }
    }
    return ranks;
  }

  /** The airline's pilots with accepted flights (in {@code month}, or ever), most minutes first, ties by id text. */
  public List<UUID> leaderboard(UUID tenant, Optional<YearMonth> month) {
    record Entry(UUID pilot, long minutes) {}
    return tenantOf.entrySet().stream().filter(t -> t.getValue().equals(tenant)).map(Map.Entry::getKey)
        .map(pilot -> {
          Expected e = expected(pilot);
          List<Long> m = month.isPresent()
              ? e.byMonth().getOrDefault(month.get(), List.of(0L, 0L))
              : List.of(e.flights(), e.minutes());
          return m.get(0) == 0 ? null : new Entry(pilot, m.get(1));
        })
        .filter(e -> e != null)
        .sorted(Comparator.comparingLong(Entry::minutes).reversed().thenComparing(e -> e.pilot().toString()))
        .map(Entry::pilot)
        .toList();
  }

  private Map<UUID, Pirep> fold() {
    Map<UUID, Pirep> pireps = new HashMap<>();
    for (RecordedEvent e : events) {
      if (e.event() instanceof PirepSubmitted s) {
        Pirep p = new Pirep();
        p.pilot = s.pilotId();
        p.minutes = s.flight().flightTimeMinutes();
        p.distance = s.flight().distanceNm();
        p.landing = s.flight().landingRateFpm();
        p.flownAt = s.flight().blockOnAt() != null ? s.flight().blockOnAt() : e.metadata().occurredAt();
        pireps.put(s.pirepId(), p);
      } else if (e.event() instanceof PirepAccepted) {
        pireps.get(e.streamId()).status = "ACCEPTED";
      } else if (e.event() instanceof PirepRejected) {
        pireps.get(e.streamId()).status = "REJECTED";
      } else if (e.event() instanceof PirepAmended a) {
        Pirep p = pireps.get(e.streamId());
        if (a.changes().flightTimeMinutes() != null) {
          p.minutes = a.changes().flightTimeMinutes();
        }
        if (a.changes().distanceNm() != null) {
          p.distance = a.changes().distanceNm();
        }
        if (a.changes().landingRateFpm() != null) {
          p.landing = a.changes().landingRateFpm();
        }
      }
    }
    return pireps;
  }
}
