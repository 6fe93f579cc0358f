import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { Position } from '../../api/types';

export type LonLat = [number, number];

export interface MapSize {
  width: number;
  height: number;
}

const WORLD_PADDING = 8;
const TRACK_PADDING = 36;
/** Room for the flight number beside an aircraft at the frame's edge. */
const FRAME_PADDING = 64;
/** A track shorter than this many degrees is shown in a box of at least this size. */
const MIN_TRACK_SPAN_DEG = 3;
/** Flights are framed on a grid this coarse, so the map keeps still while they move within it. */
const FRAME_GRID_DEG = 10;
const MIN_FRAME_SPAN_DEG = 20;

/** The whole world (Natural Earth projection) filling the map. */
export function worldProjection({ width, height }: MapSize): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [WORLD_PADDING, WORLD_PADDING],
      [width - WORLD_PADDING, height - WORLD_PADDING],
    ],
    { type: 'Sphere' },
  );
}

/**
 * A projection framing the given points, never closer than `minSpanDeg` across, turned to
 * `centreLon` (by default the middle point's, so that a track across the antimeridian is not
 * split over both edges).
 */
export function fittedProjection(
  points: LonLat[],
  size: MapSize,
  {
    minSpanDeg = MIN_TRACK_SPAN_DEG,
    centreLon,
    padding = TRACK_PADDING,
  }: { minSpanDeg?: number; centreLon?: number; padding?: number } = {},
): GeoProjection {
  if (points.length === 0) return worldProjection(size);
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const pad = (span: number) => Math.max(0, (minSpanDeg - span) / 2);
  const [padLon, padLat] = [pad(east - west), pad(north - south)];
  const frame: LonLat[] = [
    ...points,
    [west - padLon, Math.max(-90, south - padLat)],
    [east + padLon, Math.min(90, north + padLat)],
  ];
  const centre = centreLon ?? points[Math.floor(points.length / 2)][0];
  return geoNaturalEarth1()
    .rotate([-centre, 0])
    .fitExtent(
      [
        [padding, padding],
        [size.width - padding, size.height - padding],
      ],
      { type: 'MultiPoint', coordinates: frame },
    );
}

/** The box, on a coarse grid, around where the flights are: its south-west and north-east corners. */
export function gridFrame(points: LonLat[]): LonLat[] {
  if (points.length === 0) return [];
  const snap = (value: number, round: (v: number) => number) => round(value / FRAME_GRID_DEG) * FRAME_GRID_DEG;
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  return [
    [snap(Math.min(...lons), Math.floor), Math.max(-90, snap(Math.min(...lats), Math.floor))],
    [snap(Math.max(...lons), Math.ceil), Math.min(90, snap(Math.max(...lats), Math.ceil))],
  ];
}

/** A projection framing flights on their grid box, at least a country across. */
export function framedProjection(frame: LonLat[], size: MapSize): GeoProjection {
  if (frame.length === 0) return worldProjection(size);
  const [[west], [east]] = frame;
  return fittedProjection(frame, size, {
    minSpanDeg: MIN_FRAME_SPAN_DEG,
    centreLon: (west + east) / 2,
    padding: FRAME_PADDING,
  });
}

/**
 * The angle on screen, clockwise from up, of a true heading at a point: north is not straight
 * up everywhere on a world projection.
 */
export function screenHeading(projection: GeoProjection, [lon, lat]: LonLat, headingDeg: number): number {
  const step = 0.05;
  const radians = (headingDeg * Math.PI) / 180;
  const ahead: LonLat = [
    lon + (step * Math.sin(radians)) / Math.max(0.01, Math.cos((lat * Math.PI) / 180)),
    Math.max(-90, Math.min(90, lat + step * Math.cos(radians))),
  ];
  const from = projection([lon, lat]);
  const to = projection(ahead);
  if (!from || !to || (from[0] === to[0] && from[1] === to[1])) return headingDeg;
  return (Math.atan2(to[0] - from[0], from[1] - to[1]) * 180) / Math.PI;
}

/** A position's place as [lon, lat]. */
export const lonLat = (position: Position): LonLat => [position.lon, position.lat];

/**
 * The track as a line, keeping only points that moved at least `minStepDeg` from the last kept
 * one (and always the last): a 12-hour track at one point a second draws as a few thousand.
 */
export function simplifyTrack(positions: Position[], minStepDeg = 0.02): LonLat[] {
  const line: LonLat[] = [];
  for (const [index, position] of positions.entries()) {
    const last = line[line.length - 1];
    const isLast = index === positions.length - 1;
    if (!last || isLast || Math.abs(position.lon - last[0]) + Math.abs(position.lat - last[1]) >= minStepDeg) {
      line.push(lonLat(position));
    }
  }
  return line;
}
