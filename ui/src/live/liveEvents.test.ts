import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLIGHT_BATCH_MS } from '../hooks/flights';
import { queryKeys } from '../lib/queryKeys';
import { PLATFORM_ADMIN, TENANT, TENANT_ADMIN, pirep, user } from '../test/fixtures';
import { flight, position } from '../test/flightFixtures';
import { applyLiveMessage, liveAddresses } from './liveEvents';

describe('liveAddresses', () => {
  it('gives a pilot the PIREPs and flights of their airline', () => {
    expect(liveAddresses(user(), [])).toEqual([`tenant.${TENANT.id}.pireps`, `tenant.${TENANT.id}.flights`]);
  });

  it('gives an airline admin PIREPs, users and flights of their airline', () => {
    expect(liveAddresses(TENANT_ADMIN, [])).toEqual([
      `tenant.${TENANT.id}.pireps`,
      `tenant.${TENANT.id}.users`,
      `tenant.${TENANT.id}.flights`,
    ]);
  });

  it('gives a platform admin the airline list and every airline', () => {
    expect(liveAddresses(PLATFORM_ADMIN, ['a', 'b'])).toEqual([
      'platform.tenants',
      'tenant.a.pireps',
      'tenant.a.users',
      'tenant.a.flights',
      'tenant.b.pireps',
      'tenant.b.users',
      'tenant.b.flights',
    ]);
  });
});

describe('applyLiveMessage', () => {
  it('stores the PIREP of a PIREP event and marks the lists stale', () => {
    const client = new QueryClient();
    const listKey = queryKeys.pireps.list({ limit: 20 });
    client.setQueryData(listKey, { items: [], nextCursor: null });
    const accepted = pirep({ status: 'ACCEPTED' });

    applyLiveMessage(client, `tenant.${TENANT.id}.pireps`, { type: 'PirepAccepted', pirep: accepted });

    expect(client.getQueryData(queryKeys.pireps.detail(accepted.id))).toEqual(accepted);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  it('marks users and airlines stale on their events', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.users.list({}), { items: [], nextCursor: null });
    client.setQueryData(queryKeys.tenants.directory, { items: [], nextCursor: null });

    applyLiveMessage(client, 'tenant.t1.users', { type: 'UserRegistered', user: user() });
    expect(client.getQueryState(queryKeys.users.list({}))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.tenants.directory)?.isInvalidated).toBe(false);

    applyLiveMessage(client, 'platform.tenants', { type: 'TenantCreated', tenant: TENANT });
    expect(client.getQueryState(queryKeys.tenants.directory)?.isInvalidated).toBe(true);
  });
});

describe('applyLiveMessage for flights', () => {
  const address = `tenant.${TENANT.id}.flights`;

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the flights in the air and a loaded track current, a batch of messages at a time', () => {
    const client = new QueryClient();
    const moving = flight({ lastPosition: position({ seq: 10 }) });
    client.setQueryData(queryKeys.flights.live, [moving]);
    client.setQueryData(queryKeys.flights.track(moving.id), { items: [position({ seq: 9 }), position({ seq: 10 })] });

    const moved = flight({ lastPosition: position({ seq: 12, lat: 52 }) });
    applyLiveMessage(client, address, { type: 'FlightMoved', flight: moved });
    expect(client.getQueryData(queryKeys.flights.live)).toEqual([moving]);
    vi.advanceTimersByTime(FLIGHT_BATCH_MS);
    expect(client.getQueryData(queryKeys.flights.live)).toEqual([moved]);
    expect(client.getQueryData<{ items: unknown[] }>(queryKeys.flights.track(moving.id))?.items).toHaveLength(3);

    // The same position again (a second gateway's copy) adds nothing; filing removes the flight.
    applyLiveMessage(client, address, { type: 'FlightMoved', flight: moved });
    applyLiveMessage(client, address, { type: 'FlightFiled', flight: { ...moved, status: 'FILED' } });
    vi.advanceTimersByTime(FLIGHT_BATCH_MS);
    expect(client.getQueryData<{ items: unknown[] }>(queryKeys.flights.track(moving.id))?.items).toHaveLength(3);
    expect(client.getQueryData(queryKeys.flights.live)).toEqual([]);
    expect(client.getQueryData(queryKeys.flights.detail(moving.id))).toMatchObject({ status: 'FILED' });
  });

  it('refetches the flights on a message it does not understand', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.flights.live, []);

    applyLiveMessage(client, address, { type: 'FlightSomethingNew' });

    expect(client.getQueryState(queryKeys.flights.live)?.isInvalidated).toBe(true);
  });
});
