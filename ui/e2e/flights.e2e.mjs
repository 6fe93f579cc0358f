// Browser scenario of the live map and of a filed flight's track, run by a test of app.e2e.mjs:
//
//   const ctx = { page, api, shot, liveConnected, email: pilot.email, password: pilot.password };
//   const { pirepId } = await watchALiveFlight(ctx);
//   await openTheFiledFlight(ctx, pirepId);
//
// `page` is signed in as a pilot or airline admin of an airline; `api(path, {method, token,
// apiKey, body})` answers {status, body}; `shot(name)` takes a screenshot; `liveConnected()` waits
// for the live indicator.
import assert from 'node:assert/strict';

const FROM = { lat: 51.4706, lon: -0.4619 }; // EGLL
const TO = { lat: 52.3086, lon: 4.7639 }; // EHAM
const START = Date.parse('2026-11-26T20:00:00Z');

/**
 * A short hop as an ACARS client reports it, one position a minute: take-off roll, climb, cruise,
 * descent, a touchdown at -180 fpm and the roll-out.
 */
export function hopPositions(count = 40) {
  const touchdown = count - 2;
  return Array.from({ length: count }, (_, seq) => {
    const f = seq / (count - 1);
    const onGround = seq < 2 || seq >= touchdown;
    const groundSpeedKt = seq === 0 ? 15 : seq === 1 ? 140 : seq === touchdown ? 130 : seq > touchdown ? 30 : 380;
    const verticalSpeedFpm = seq === touchdown ? -180 : onGround ? 0 : f < 0.4 ? 2_000 : f > 0.6 ? -1_800 : 0;
    return {
      seq,
      at: new Date(START + seq * 60_000).toISOString(),
      lat: FROM.lat + (TO.lat - FROM.lat) * f,
      lon: FROM.lon + (TO.lon - FROM.lon) * f,
      altitudeFt: onGround ? 0 : Math.round(Math.min(f, 1 - f) * 2 * 24_000),
      headingDeg: 78,
      groundSpeedKt,
      verticalSpeedFpm,
      onGround,
    };
  });
}

async function signedInToken(ctx) {
  const login = await ctx.api('/api/auth/login', { method: 'POST', body: { email: ctx.email, password: ctx.password } });
  assert.equal(login.status, 200, JSON.stringify(login.body));
  return login.body.token;
}

async function post(ctx, token, path, body, expected) {
  const answer = await ctx.api(path, { method: 'POST', token, body });
  assert.equal(answer.status, expected, `${path}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * Starts a flight through the API, watches it appear and move on the live map without a reload,
 * selects it to draw its track, then files it and watches it leave the map. Answers the PIREP id.
 */
export async function watchALiveFlight(ctx, flightNumber = 'E2E900') {
  const { page } = ctx;
  const token = await signedInToken(ctx);
  const positions = hopPositions();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Live map' }).click();
  await page.getByRole('heading', { name: 'Live map' }).waitFor();
  await ctx.liveConnected();
  await page.evaluate(() => {
    window.__mapNotReloaded = true;
  });

  const flight = await post(ctx, token, '/api/flights', {
    flightNumber,
    departure: 'EGLL',
    arrival: 'EHAM',
    aircraftType: 'A320',
    client: 'albatross-e2e',
  }, 201);
  const list = page.getByRole('list', { name: 'Flights in the air' });
  const item = list.getByRole('button', { name: new RegExp(`^${flightNumber}`) });
  await item.waitFor({ timeout: 10_000 });

  await post(ctx, token, `/api/flights/${flight.id}/positions`, { positions: positions.slice(0, 10) }, 202);
  const marker = page.locator(`svg g[data-flight-id="${flight.id}"]`);
  await marker.waitFor({ timeout: 10_000 });
  const before = await marker.getAttribute('transform');

  // FlightMoved is sent at most once a second per flight: the next batch comes after that.
  await page.waitForTimeout(1_100);
  await post(ctx, token, `/api/flights/${flight.id}/positions`, { positions: positions.slice(10, 20) }, 202);
  await page.waitForFunction(
    ([id, old]) => document.querySelector(`svg g[data-flight-id="${id}"]`)?.getAttribute('transform') !== old,
    [flight.id, before],
    { timeout: 10_000 },
  );
  assert.match(await item.innerText(), /Cruise|Climb|Descent/);

  await item.click();
  await page.locator('[data-map="track"]').waitFor({ timeout: 10_000 });
  await page.getByRole('region', { name: flightNumber }).getByText('Altitude').waitFor();
  assert.equal(await page.evaluate(() => window.__mapNotReloaded), true, 'the map was not reloaded');
  await ctx.shot('20-live-map');

  await page.waitForTimeout(1_100);
  await post(ctx, token, `/api/flights/${flight.id}/positions`, { positions: positions.slice(20) }, 202);
  const pirep = await post(ctx, token, `/api/flights/${flight.id}/file`, {}, 201);
  assert.equal(pirep.source, 'ACARS');
  assert.equal(pirep.flightId, flight.id);
  await item.waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByText(`${flightNumber} has landed and was filed.`).waitFor();
  assert.equal(
    await page.getByRole('link', { name: 'Open its PIREP' }).getAttribute('href'),
    `/pireps/${pirep.id}`,
  );
  return { flightId: flight.id, pirepId: pirep.id };
}

/** Opens the PIREP filed from the flight: its track on the map between its airports, and its altitude profile. */
export async function openTheFiledFlight(ctx, pirepId) {
  const { page } = ctx;
  await page.goto(new URL(`/pireps/${pirepId}`, page.url()).href);
  await page.getByRole('img', { name: /Map of the track of/ }).waitFor();
  await page.locator('[data-map="track"]').waitFor();
  await page.locator('[data-map="airport"][data-icao="EGLL"]').waitFor();
  await page.locator('[data-map="airport"][data-icao="EHAM"]').waitFor();
  await page.locator('[data-chart="altitude"] svg').waitFor();
  await page.getByText('The altitude profile as a table').click();
  await page.getByRole('table', { name: /Altitude profile/ }).waitFor();
  await ctx.shot('21-acars-pirep-track');
}
