import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';

export type Land = FeatureCollection<Polygon | MultiPolygon>;

let land: Promise<Land> | null = null;

/**
 * Natural Earth's land at 1:110m, bundled with the app (no tile server, no internet): a chunk of
 * its own, read once, when a map is first shown.
 */
export function loadLand(): Promise<Land> {
  land ??= import('world-atlas/land-110m.json').then(
    ({ default: topology }) => feature(topology, topology.objects.land) as Land,
  );
  return land;
}
