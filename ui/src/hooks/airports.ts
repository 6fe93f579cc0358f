import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { airportsApi } from '../api';
import { queryKeys } from '../lib/queryKeys';

/** How long typing must pause before a search is sent. */
export const AIRPORT_SEARCH_DELAY_MS = 250;
export const AIRPORT_SEARCH_LIMIT = 8;
/** One letter matches thousands of names: searching starts at two. */
const MIN_QUERY_LENGTH = 2;

/** The value once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Airports whose code starts with, or whose name contains, what was typed (debounced). */
export function useAirportSearch(text: string) {
  const q = useDebouncedValue(text.trim(), AIRPORT_SEARCH_DELAY_MS);
  const enabled = q.length >= MIN_QUERY_LENGTH;
  const query = useQuery({
    queryKey: queryKeys.airports.search(q.toUpperCase(), AIRPORT_SEARCH_LIMIT),
    queryFn: ({ signal }) => airportsApi.search(q, AIRPORT_SEARCH_LIMIT, signal),
    enabled,
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
  return { ...query, airports: enabled ? (query.data?.items ?? []) : [] };
}

/** One airport of the database by its ICAO code; airports do not change while the app runs. */
export function useAirport(icao: string) {
  return useQuery({
    queryKey: queryKeys.airports.detail(icao),
    queryFn: ({ signal }) => airportsApi.get(icao, signal),
    staleTime: Infinity,
    retry: false,
  });
}
