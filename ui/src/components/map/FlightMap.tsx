import { geoPath, type GeoProjection } from 'd3-geo';
import { memo, useEffect, useMemo, useState } from 'react';
import type { Position } from '../../api/types';
import { cx } from '../../lib/cx';
import {
  fittedProjection,
  framedProjection,
  gridFrame,
  lonLat,
  screenHeading,
  simplifyTrack,
  worldProjection,
  type LonLat,
  type MapSize,
} from './geo';
import { loadLand, type Land } from './land';

const SIZE: MapSize = { width: 960, height: 500 };
const NO_AIRPORTS: MapAirport[] = [];

/** An aircraft symbol pointing up (north), about 20 px across. */
const AIRCRAFT =
  'M0,-10 L1.6,-7 L1.6,-2.5 L9,2 L9,4.2 L1.6,2.2 L1.6,6.5 L4.2,8.6 L4.2,10 L0,9 L-4.2,10 L-4.2,8.6 L-1.6,6.5 L-1.6,2.2 L-9,4.2 L-9,2 L-1.6,-2.5 L-1.6,-7 Z';

export type AircraftTone = 'live' | 'lost';
export type MapView = 'world' | 'track' | 'flights';

/** An airport to mark on the map with its code. */
export interface MapAirport {
  icao: string;
  lat: number;
  lon: number;
}

export interface MapAircraft {
  id: string;
  label: string;
  position: Position;
  tone: AircraftTone;
}

interface FlightMapProps {
  /** What the map shows, for screen readers; the page beside it carries the details. */
  label: string;
  aircraft?: MapAircraft[];
  /** The track to draw, in seq order. */
  track?: Position[];
  /** Airports to mark, such as the track's departure and arrival; the 'track' view frames them too. */
  airports?: MapAirport[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** 'world' shows the whole earth; 'track' frames the track; 'flights' the aircraft and track. */
  view?: MapView;
  className?: string;
}

function useLand(): Land | null {
  const [land, setLand] = useState<Land | null>(null);
  useEffect(() => {
    let current = true;
    loadLand().then((loaded) => current && setLand(loaded), () => undefined);
    return () => {
      current = false;
    };
  }, []);
  return land;
}

/** Flights on a vector world outline, drawn as SVG with d3-geo. */
export function FlightMap({
  label,
  aircraft = [],
  track,
  airports = NO_AIRPORTS,
  selectedId,
  onSelect,
  view = 'world',
  className,
}: FlightMapProps) {
  const land = useLand();
  const line = useMemo(() => simplifyTrack(track ?? []), [track]);
  const airportPoints = useMemo(() => airports.map((a): LonLat => [a.lon, a.lat]), [airports]);
  // The flights' frame moves only when one leaves its grid box, not with every position.
  const frameKey =
    view === 'flights' ? JSON.stringify(gridFrame([...aircraft.map((plane) => lonLat(plane.position)), ...line])) : '';
  const framedLine = view === 'track' && line.length > 0 ? line : null;
  const projection = useMemo(() => {
    if (framedLine) return fittedProjection([...framedLine, ...airportPoints], SIZE);
    if (frameKey) return framedProjection(JSON.parse(frameKey) as LonLat[], SIZE);
    return worldProjection(SIZE);
  }, [framedLine, frameKey, airportPoints]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const landPath = useMemo(() => (land ? (path(land) ?? '') : ''), [land, path]);
  const trackPath = line.length > 1 ? path({ type: 'LineString', coordinates: line }) : null;

  return (
    <svg
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-label={label}
      className={cx('block h-auto w-full bg-sky-50', className)}
    >
      <path d={path({ type: 'Sphere' }) ?? ''} className="fill-sky-100 stroke-sky-200" />
      <path d={landPath} className="fill-slate-200 stroke-slate-300" strokeWidth={0.5} data-map="land" />
      {trackPath && (
        <path
          d={trackPath}
          fill="none"
          className="stroke-fuchsia-600"
          strokeWidth={2}
          strokeLinejoin="round"
          strokeLinecap="round"
          data-map="track"
        />
      )}
      {trackPath && <TrackEnds line={line} projection={projection} />}
      {airports.map((airport) => (
        <AirportMark key={airport.icao} airport={airport} projection={projection} />
      ))}
      {aircraft.map((plane) => (
        <Aircraft
          key={plane.id}
          plane={plane}
          projection={projection}
          selected={plane.id === selectedId}
          onSelect={onSelect}
        />
      ))}
    </svg>
  );
}

/** Where the track starts (hollow) and ends (filled). */
function TrackEnds({ line, projection }: { line: LonLat[]; projection: GeoProjection }) {
  const start = projection(line[0]);
  const end = projection(line[line.length - 1]);
  return (
    <>
      {start && <circle cx={start[0]} cy={start[1]} r={4} className="fill-white stroke-fuchsia-700" strokeWidth={2} data-map="track-start" />}
      {end && <circle cx={end[0]} cy={end[1]} r={4} className="fill-fuchsia-700 stroke-white" strokeWidth={1.5} data-map="track-end" />}
    </>
  );
}

/** An airport: a small square and its ICAO code. */
function AirportMark({ airport, projection }: { airport: MapAirport; projection: GeoProjection }) {
  const point = projection([airport.lon, airport.lat]);
  if (!point) return null;
  const [x, y] = point;
  return (
    <g transform={`translate(${x} ${y})`} data-map="airport" data-icao={airport.icao}>
      <rect x={-4} y={-4} width={8} height={8} className="fill-slate-700 stroke-white" strokeWidth={1.5} />
      <text x={7} y={14} className="fill-slate-800 text-[12px] font-semibold">
        {airport.icao}
      </text>
    </g>
  );
}

/** Redrawn only when its own position, tone or selection changes, or the map's projection. */
const Aircraft = memo(
  AircraftSymbol,
  (before, after) =>
    before.plane.position === after.plane.position &&
    before.plane.tone === after.plane.tone &&
    before.plane.label === after.plane.label &&
    before.projection === after.projection &&
    before.selected === after.selected &&
    before.onSelect === after.onSelect,
);

function AircraftSymbol({
  plane,
  projection,
  selected,
  onSelect,
}: {
  plane: MapAircraft;
  projection: GeoProjection;
  selected: boolean;
  onSelect?: (id: string) => void;
}) {
  const point = projection(lonLat(plane.position));
  if (!point) return null;
  const [x, y] = point.map((v) => Math.round(v * 10) / 10);
  const angle = Math.round(screenHeading(projection, lonLat(plane.position), plane.position.headingDeg));
  return (
    <g
      transform={`translate(${x} ${y})`}
      data-flight-id={plane.id}
      data-heading={angle}
      data-selected={selected || undefined}
      onClick={onSelect ? () => onSelect(plane.id) : undefined}
      className={cx(onSelect && 'cursor-pointer')}
    >
      <path
        d={AIRCRAFT}
        transform={`rotate(${angle})${selected ? ' scale(1.35)' : ''}`}
        className={cx(
          'stroke-white',
          selected ? 'fill-fuchsia-600' : plane.tone === 'lost' ? 'fill-amber-500 opacity-70' : 'fill-sky-800',
        )}
        strokeWidth={1}
      />
      {plane.tone === 'lost' && <circle r={13} fill="none" className="stroke-amber-500" strokeDasharray="3 3" />}
      <text x={12} y={-8} className={cx('text-[11px] font-semibold', selected ? 'fill-fuchsia-800' : 'fill-slate-700')}>
        {plane.label}
      </text>
    </g>
  );
}
