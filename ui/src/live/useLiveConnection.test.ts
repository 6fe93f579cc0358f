import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEventBusFactory } from '../test/fakeEventBus';
import { backoffDelay } from './connection';
import { useLiveConnection, type UseLiveConnectionOptions } from './useLiveConnection';

const BACKOFF = { initialMs: 1_000, maxMs: 8_000 };

function setup(overrides: Partial<UseLiveConnectionOptions> = {}) {
  const factory = fakeEventBusFactory();
  const onMessage = vi.fn();
  const onOpen = vi.fn();
  const initialProps: UseLiveConnectionOptions = {
    url: '/api/ws',
    token: 'jwt-1',
    addresses: ['tenant.t1.pireps', 'tenant.t1.users'],
    createEventBus: factory.create,
    onMessage,
    onOpen,
    backoff: BACKOFF,
    ...overrides,
  };
  const hook = renderHook((props: UseLiveConnectionOptions) => useLiveConnection(props), { initialProps });
  return { ...factory, onMessage, onOpen, hook, initialProps };
}

describe('useLiveConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(1);
  });
  afterEach(() => vi.useRealTimers());

  it('connects to the bridge and reports connecting until it opens', () => {
    const { buses, hook } = setup();
    expect(buses).toHaveLength(1);
    expect(buses[0].url).toBe('/api/ws');
    expect(hook.result.current).toBe('connecting');
  });

  it('registers every address on open with the bearer token in the frame headers', () => {
    const { latest, hook, onOpen } = setup();

    act(() => latest().open());

    expect(hook.result.current).toBe('connected');
    expect(latest().registerFrames).toEqual([
      { address: 'tenant.t1.pireps', headers: { Authorization: 'Bearer jwt-1' } },
      { address: 'tenant.t1.users', headers: { Authorization: 'Bearer jwt-1' } },
    ]);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('hands each message to onMessage with its address', () => {
    const { latest, onMessage } = setup();
    act(() => latest().open());

    act(() => latest().deliver('tenant.t1.pireps', { type: 'PirepSubmitted', pirep: { id: 'p1' } }));

    expect(onMessage).toHaveBeenCalledWith('tenant.t1.pireps', { type: 'PirepSubmitted', pirep: { id: 'p1' } });
  });

  it('reconnects with growing delays after a drop, registers again and refetches', () => {
    const { buses, latest, hook, onOpen } = setup();
    act(() => latest().open());

    act(() => latest().drop());
    expect(hook.result.current).toBe('disconnected');
    expect(backoffDelay(0, BACKOFF, () => 1)).toBe(1_000);

    act(() => vi.advanceTimersByTime(999));
    expect(buses).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(buses).toHaveLength(2);
    expect(hook.result.current).toBe('connecting');

    // The second attempt fails as well: the next wait doubles.
    act(() => latest().drop());
    act(() => vi.advanceTimersByTime(1_999));
    expect(buses).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(buses).toHaveLength(3);

    act(() => latest().open());
    expect(hook.result.current).toBe('connected');
    expect(latest().registerFrames.map((f) => f.address)).toEqual(['tenant.t1.pireps', 'tenant.t1.users']);
    expect(onOpen).toHaveBeenCalledTimes(2);

    // A successful open resets the backoff.
    act(() => latest().drop());
    act(() => vi.advanceTimersByTime(1_000));
    expect(buses).toHaveLength(4);
  });

  it('caps the backoff delay', () => {
    expect(backoffDelay(10, BACKOFF, () => 1)).toBe(8_000);
    expect(backoffDelay(10, BACKOFF, () => 0)).toBe(4_000);
  });

  it('registers and unregisters when the addresses change while open', () => {
    const { latest, hook, initialProps } = setup();
    act(() => latest().open());

    hook.rerender({ ...initialProps, addresses: ['tenant.t1.pireps', 'tenant.t2.pireps'] });

    expect([...latest().handlers.keys()].sort()).toEqual(['tenant.t1.pireps', 'tenant.t2.pireps']);
    expect(latest().registerFrames.map((f) => f.address)).toContain('tenant.t2.pireps');
  });

  it('closes on unmount and never reconnects', () => {
    const { buses, latest, hook } = setup();
    act(() => latest().open());

    hook.unmount();
    act(() => vi.advanceTimersByTime(60_000));

    expect(buses[0].closed).toBe(true);
    expect(buses).toHaveLength(1);
  });

  it('opens a new connection with the new token after signing in again', () => {
    const { buses, latest, hook, initialProps } = setup();
    act(() => latest().open());

    hook.rerender({ ...initialProps, token: 'jwt-2' });
    act(() => latest().open());

    expect(buses).toHaveLength(2);
    expect(buses[0].closed).toBe(true);
    expect(latest().registerFrames[0].headers.Authorization).toBe('Bearer jwt-2');
  });

  it('stays disconnected without a token', () => {
    const { buses, hook } = setup({ token: null });
    expect(buses).toHaveLength(0);
    expect(hook.result.current).toBe('disconnected');
  });
});
