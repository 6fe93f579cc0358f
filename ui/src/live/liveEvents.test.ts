import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../lib/queryKeys';
import { PLATFORM_ADMIN, TENANT, TENANT_ADMIN, pirep, user } from '../test/fixtures';
import { applyLiveMessage, liveAddresses } from './liveEvents';

describe('liveAddresses', () => {
  it('gives a pilot the PIREPs of their airline', () => {
    expect(liveAddresses(user(), [])).toEqual([`tenant.${TENANT.id}.pireps`]);
  });

  it('gives an airline admin PIREPs and users of their airline', () => {
    expect(liveAddresses(TENANT_ADMIN, [])).toEqual([`tenant.${TENANT.id}.pireps`, `tenant.${TENANT.id}.users`]);
  });

  it('gives a platform admin the airline list and every airline', () => {
    expect(liveAddresses(PLATFORM_ADMIN, ['a', 'b'])).toEqual([
      'platform.tenants',
      'tenant.a.pireps',
      'tenant.a.users',
      'tenant.b.pireps',
      'tenant.b.users',
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
