// Browser tests of the whole product: the built UI served by the jar, driven in Chromium.
// Run through e2e/run.sh, which starts the jar and sets BASE_URL, ADMIN_EMAIL and ADMIN_PASSWORD.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openTheFiledFlight, watchALiveFlight } from './flights.e2e.mjs';

const BASE_URL = required('BASE_URL');
const ADMIN_EMAIL = required('ADMIN_EMAIL');
const ADMIN_PASSWORD = required('ADMIN_PASSWORD');
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const TIMEOUT = 15_000;

const run = Math.random().toString(36).slice(2, 8);
const ICAO = Array.from({ length: 3 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
const airline = { name: `E2E Virtual ${run}`, icao: ICAO };
const chief = { email: `chief-${run}@e2e.test`, name: 'Charlie Chief', password: 'chief-password-e2e-1' };
const pilot = { email: `pilot-${run}@e2e.test`, name: 'Amelia Pilot', password: 'pilot-password-e2e-1', oneTime: '' };
const state = { pirepUrl: '' };
const MORE_FLIGHTS = [
  { flightNumber: 'E2E7', departure: 'KJFK', arrival: 'EGLL', aircraftType: 'B77W', flightTimeMinutes: 395, distanceNm: 2999 },
  { flightNumber: 'E2E318', departure: 'LFPG', arrival: 'LIRF', aircraftType: 'A321', flightTimeMinutes: 118, landingRateFpm: -210 },
  { flightNumber: 'E2E55', departure: 'EHAM', arrival: 'ENGM', aircraftType: 'E190', flightTimeMinutes: 101 },
];

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through e2e/run.sh`);
  return value;
}

let browser;
let page;
const browserProblems = [];

/** Calls `request` every 100 ms, for up to 2 s, until `done` holds for its answer; answers the last one. */
async function until(request, done) {
  let answer = await request();
  for (let i = 0; i < 20 && !done(answer); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await request();
  }
  return answer;
}

async function api(path, { method = 'GET', token, apiKey, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (apiKey) headers['X-API-Key'] = apiKey;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(BASE_URL + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function shot(name) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function signIn(email, password) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut() {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');
}

async function choose(scope, label, option) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function registerUser({ email, name, role, password }) {
  await page.getByRole('button', { name: 'Register user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register a user' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Display name').fill(name);
  await choose(dialog, 'Role', role);
  await choose(dialog, 'Airline', `${airline.icao} · ${airline.name}`);
  if (password) await dialog.getByLabel(/^Password/).fill(password);
  await dialog.getByRole('button', { name: 'Register user' }).click();
  return page.getByRole('dialog', { name: 'User registered' });
}

async function liveConnected() {
  await page.locator('[data-live-status="connected"]').waitFor({ timeout: TIMEOUT });
}

describe('Albatross in the browser', () => {
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    context.setDefaultTimeout(TIMEOUT);
    page = await context.newPage();
    page.on('pageerror', (error) => browserProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
        browserProblems.push(`CSP: ${message.text()}`);
      }
    });
  });

  after(async () => {
    await browser?.close();
  });

  test('a wrong password gets a clear error; the platform admin signs in', async () => {
    await page.goto(`${BASE_URL}/pireps`);
    await page.waitForURL('**/login');
    await shot('01-sign-in');

    await signIn(ADMIN_EMAIL, 'not the password at all');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /\S/);
    await shot('02-sign-in-error');

    await signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.waitForURL('**/pireps');
    await page.getByRole('heading', { name: 'PIREPs', exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('link', { name: 'Airlines' }).count(), 1);
    assert.equal(await nav.getByRole('link', { name: 'File a PIREP' }).count(), 0);
  });

  test('the platform admin creates an airline', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Airlines' }).click();
    await page.getByLabel('ICAO code').fill('B1');
    await page.getByRole('button', { name: 'Create airline' }).click();
    await page.locator('[data-field-error="icao"]').waitFor();
    await page.locator('[data-field-error="name"]').waitFor();

    await page.getByLabel('Name').fill(airline.name);
    await page.getByLabel('ICAO code').fill(airline.icao.toLowerCase());
    await page.getByRole('button', { name: 'Create airline' }).click();
    await page.getByRole('cell', { name: airline.name }).waitFor();
    await page.getByRole('cell', { name: airline.icao, exact: true }).waitFor();
    await shot('03-airlines');
  });

  test('the platform admin registers an airline admin and a pilot', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();

    const chiefDone = await registerUser({ email: chief.email, name: chief.name, role: 'Airline admin', password: chief.password });
    await chiefDone.waitFor();
    assert.equal(await chiefDone.locator('[data-secret]').count(), 0, 'a user with a chosen password gets no one-time password');
    await chiefDone.getByRole('button', { name: 'Done' }).click();

    const pilotDone = await registerUser({ email: pilot.email, name: pilot.name, role: 'Pilot' });
    const secret = pilotDone.locator('[data-secret]');
    await secret.waitFor();
    pilot.oneTime = (await secret.innerText()).trim();
    assert.ok(pilot.oneTime.length > 0, 'the one-time password is shown');
    await shot('04-user-registered');
    await pilotDone.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('cell', { name: pilot.email }).waitFor();
    await page.getByRole('cell', { name: chief.email }).waitFor();
    await shot('05-users');
  });

  test('the pilot must change the one-time password at first sign-in', async () => {
    await signOut();
    await signIn(pilot.email, pilot.oneTime);
    await page.waitForURL('**/password/required');
    await shot('06-forced-password-change');

    // A wrong one-time password: the API's field error appears next to the field.
    await page.getByLabel('One-time password').fill('definitely-not-it');
    await page.getByLabel('New password', { exact: true }).fill(pilot.password);
    await page.getByLabel('Repeat the new password').fill(pilot.password);
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await page.locator('[data-field-error="currentPassword"]').waitFor();

    await page.getByLabel('One-time password').fill(pilot.oneTime);
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await page.waitForURL('**/pireps');
    await page.getByRole('heading', { name: 'PIREPs', exact: true }).waitFor();
    const login = await api('/api/auth/login', { method: 'POST', body: { email: pilot.email, password: pilot.password } });
    assert.equal(login.status, 200);
    assert.equal(login.body.user.mustChangePassword, false);
  });

  test('the pilot files a PIREP from the form, fixing a field error first', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'File a PIREP' }).click();
    await page.getByLabel('Flight number').fill('e2e101');
    await page.getByLabel('Aircraft type').fill('a320');
    await page.getByLabel('Departure').fill('LHR');
    await page.getByLabel('Arrival').fill('LFPG');
    await page.getByLabel('Flight time (minutes)').fill('75');
    await page.getByLabel(/Landing rate/).fill('-142');
    await page.getByLabel(/Notes/).fill('Smooth flight, light chop over the Channel.');
    await page.getByRole('button', { name: 'File PIREP' }).click();
    const error = page.locator('[data-field-error="departure"]');
    await error.waitFor();
    assert.match(await error.innerText(), /ICAO/);
    await shot('07-file-pirep-field-error');

    await page.getByLabel('Departure').fill('EGLL');
    await page.getByRole('button', { name: 'File PIREP' }).click();
    await page.waitForURL(/\/pireps\/[0-9a-f-]{36}$/);
    await page.getByText('PIREP filed.').waitFor();
    await page.getByRole('heading', { name: 'E2E101' }).waitFor();
    state.pirepUrl = page.url();
    await page.getByRole('list', { name: 'History' }).getByText('PIREP submitted').waitFor();
    await shot('08-pirep-filed');
  });

  test('the airline admin accepts the PIREP', async () => {
    assert.ok(state.pirepUrl, 'a PIREP was filed');
    await signOut();
    await signIn(chief.email, chief.password);
    await page.waitForURL('**/pireps');
    await page.goto(state.pirepUrl);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Accepted', { exact: true }).first().waitFor();
    await page.getByRole('list', { name: 'History' }).getByText('PIREP accepted').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Accept' }).count(), 0);
    await shot('09-pirep-detail');
  });

  test('a PIREP filed through the API appears in the feed live, without a reload', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'PIREPs' }).click();
    await page.getByRole('link', { name: 'E2E101' }).waitFor();
    await liveConnected();
    await page.evaluate(() => {
      window.__notReloaded = true;
    });

    const login = await api('/api/auth/login', { method: 'POST', body: { email: pilot.email, password: pilot.password } });
    assert.equal(login.status, 200);
    const filed = await api('/api/pireps', {
      method: 'POST',
      token: login.body.token,
      body: { flightNumber: 'LIVE42', departure: 'EDDF', arrival: 'LEMD', aircraftType: 'B738', flightTimeMinutes: 150 },
    });
    assert.equal(filed.status, 201, JSON.stringify(filed.body));

    await page.getByRole('link', { name: 'LIVE42' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the page was not reloaded');

    // A few more flights, so the feed looks like a working airline's.
    for (const flight of MORE_FLIGHTS) {
      const more = await api('/api/pireps', { method: 'POST', token: login.body.token, body: flight });
      assert.equal(more.status, 201, JSON.stringify(more.body));
    }
    await page.getByRole('link', { name: MORE_FLIGHTS.at(-1).flightNumber }).waitFor({ timeout: 10_000 });
    await shot('10-pirep-feed');

    await page.setViewportSize({ width: 390, height: 844 });
    await shot('11-pirep-feed-mobile');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  test('the feed filters by status', async () => {
    // The unfiltered page stays on screen until the filtered one arrives: wait for its answer.
    const filtered = page.waitForResponse((r) => /\/api\/pireps\?.*status=ACCEPTED/.test(r.url()));
    await page.getByRole('tab', { name: 'Accepted' }).click();
    await page.waitForURL('**/pireps?status=ACCEPTED');
    assert.equal((await filtered).status(), 200);
    await page.getByRole('link', { name: 'LIVE42' }).waitFor({ state: 'detached', timeout: 5_000 });
    await page.getByRole('link', { name: 'E2E101' }).waitFor();
  });

  test('an API key is created, works, and stops working once revoked', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.locator('[data-field-error="name"]').waitFor();

    await page.getByLabel('Name').fill('E2E ACARS');
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog', { name: 'API key created' });
    const key = (await dialog.locator('[data-secret]').innerText()).trim();
    assert.match(key, /^alb_/);
    await dialog.getByRole('button', { name: /Copy/ }).waitFor();
    await shot('12-api-key-created');
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();

    // the key's read model may lag its creation by a moment
    const me = await until(() => api('/api/me', { apiKey: key }), (r) => r.status === 200);
    assert.equal(me.status, 200);
    assert.equal(me.body.email, chief.email);

    await page.getByRole('button', { name: 'Revoke E2E ACARS' }).click();
    await page.getByRole('dialog', { name: 'Revoke API key?' }).getByRole('button', { name: 'Revoke key' }).click();
    await page.locator('[data-api-key="E2E ACARS"]').getByText('Revoked').waitFor();
    await shot('13-api-keys');

    const refused = await until(() => api('/api/me', { apiKey: key }), (r) => r.status === 401);
    assert.equal(refused.status, 401, 'a revoked key is refused');
  });

  test('the change-password page is reachable from the account menu', async () => {
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('[data-field-error="currentPassword"]').waitFor();
    await shot('14-change-password');
  });

  test('an airline admin suspends a pilot signed in elsewhere; the pilot\'s next action ends on the sign-in page', async () => {
    const elsewhere = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    elsewhere.setDefaultTimeout(TIMEOUT);
    const pilotPage = await elsewhere.newPage();
    try {
      await pilotPage.goto(`${BASE_URL}/login`);
      await pilotPage.getByLabel('Email').fill(pilot.email);
      await pilotPage.getByLabel('Password').fill(pilot.password);
      await pilotPage.getByRole('button', { name: 'Sign in' }).click();
      await pilotPage.waitForURL('**/pireps');
      await pilotPage.getByRole('heading', { name: 'PIREPs', exact: true }).waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
      await page.getByRole('button', { name: `Suspend ${pilot.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Suspend ${pilot.name}` });
      await dialog.getByLabel('Reason').fill('Left the airline.');
      await dialog.getByRole('button', { name: 'Suspend' }).click();
      await page.getByRole('button', { name: `Reactivate ${pilot.name}` }).waitFor();
      await shot('15-user-suspended');

      // The pilot's very next action is refused, and the app sends them to the sign-in page.
      await pilotPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
      await pilotPage.waitForURL('**/login');
      await pilotPage.getByLabel('Email').fill(pilot.email);
      await pilotPage.getByLabel('Password').fill(pilot.password);
      await pilotPage.getByRole('button', { name: 'Sign in' }).click();
      await pilotPage.getByRole('alert').waitFor();
      assert.ok(pilotPage.url().endsWith('/login'), 'a suspended pilot cannot sign in');

      await page.getByRole('button', { name: `Reactivate ${pilot.name}` }).click();
      await page.getByRole('dialog', { name: `Reactivate ${pilot.name}` }).getByRole('button', { name: 'Reactivate' }).click();
      await page.getByRole('button', { name: `Suspend ${pilot.name}` }).waitFor();
      const again = await api('/api/auth/login', { method: 'POST', body: { email: pilot.email, password: pilot.password } });
      assert.equal(again.status, 200, 'a reactivated pilot signs in again');
    } finally {
      await elsewhere.close();
    }
  });

  test('a flight moves on the live map and its PIREP shows its track', async () => {
    const ctx = { page, api, shot, liveConnected, email: pilot.email, password: pilot.password };
    const { pirepId } = await watchALiveFlight(ctx);
    await openTheFiledFlight(ctx, pirepId);
  });

  test('unknown paths are served the app, which shows its not-found page', async () => {
    await page.goto(`${BASE_URL}/no/such/page`);
    await page.getByText('Page not found').waitFor();
  });

  test('signing out ends the session on the server: its token is refused afterwards', async () => {
    await page.goto(`${BASE_URL}/pireps`);
    await page.getByRole('heading', { name: 'PIREPs', exact: true }).waitFor();
    const token = await page.evaluate(() => JSON.parse(window.sessionStorage.getItem('albatross.session')).token);
    assert.equal((await api('/api/me', { token })).status, 200);
    await signOut();
    assert.equal((await api('/api/me', { token })).status, 401, 'the signed-out token is refused');
  });

  test('the browser reported no script errors or CSP violations', () => {
    assert.deepEqual(browserProblems, []);
  });
});
