#!/usr/bin/env node
// The Compose files' application services, run without Docker: renders the configuration with
// docker-compose, starts the jar once per service (worker, gateway) with that service's environment,
// its host names (postgres, rabbitmq, redis) pointed at the local services, and checks that a PIREP
// filed through the gateway is stored, projected and pushed live.
//
//   node scripts/compose-smoke.mjs [path/to/albatross.jar]
//
// Each run gets its own database and RabbitMQ vhost (dropped afterwards); only their names differ
// from what Compose renders, so the users, passwords, ports and every other variable are the files'.
// The PostgreSQL role and RabbitMQ user `albatross` are created, or given the rendered password,
// and kept: concurrent runs share them. An unreachable service fails the run.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const JAR = resolve(process.argv[2] ?? join(ROOT, 'verticles/target/albatross.jar'));
const COMPOSE_FILES = ['docker-compose.infra.yml', 'docker-compose.application.yml'];
const SERVICES = ['worker', 'gateway'];
// the Compose service names and the local ports the same services answer on here
const LOCAL = { postgres: 5432, rabbitmq: 5672, redis: 6379 };
const LOCALHOST = '127.0.0.1';
const STARTUP_SECONDS = 120;

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const database = `albatross_smoke_${runId}`;
const vhost = `albatross-smoke-${runId}`;
const adminPassword = `smoke-admin-${randomBytes(12).toString('hex')}`;
const cleanups = [];
const processes = [];
const started = Date.now();

function step(message) {
  console.log(`compose-smoke: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function fail(message) {
  throw new Error(message);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Runs a command; `label` names it in a failure instead of its arguments, when they carry a password. */
async function sh(command, args, options = {}, label = `${command} ${args.join(' ')}`) {
  try {
    return (await run(command, args, { maxBuffer: 16 * 1024 * 1024, ...options })).stdout;
  } catch (e) {
    fail(`${label} failed: ${(e.stderr || e.message).trim()}`);
  }
}

// --- the configuration Compose renders ---

async function renderedEnvironments() {
  const env = {
    ...process.env,
    ALBATROSS_JWT_SECRET: randomBytes(32).toString('hex'),
    ALBATROSS_ADMIN_PASSWORD: adminPassword,
  };
  const yaml = await sh('docker-compose', [...COMPOSE_FILES.flatMap((f) => ['-f', f]), 'config'], { cwd: ROOT, env });
  // docker-compose v1 renders YAML only; its own YAML library reads it back
  const json = await runWithInput('python3', ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
    yaml).catch((e) => fail(`cannot read the rendered configuration: ${e.message}`));
  const services = JSON.parse(json).services ?? {};
  return Object.fromEntries(SERVICES.map((name) => {
    const environment = services[name]?.environment;
    if (!environment || Array.isArray(environment)) {
      fail(`the rendered configuration has no environment map for service '${name}'`);
    }
    return [name, Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, v == null ? '' : String(v)]))];
  }));
}

// execFile's promise form takes no stdin; this one writes `input` to the child's standard input
async function runWithInput(command, args, input) {
  return new Promise((done, failed) => {
    const child = execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? failed(new Error((stderr || error.message).trim())) : done(stdout));
    child.stdin.end(input);
  });
}

/** Points a URL at the local service its host names, with this run's database or vhost. */
function localised(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  const port = LOCAL[url.hostname];
  if (port === undefined) {
    return value;
  }
  if (Number(url.port || port) !== port) {
    fail(`${url.hostname} is at port ${url.port} in the Compose files; the local service is on ${port}`);
  }
  url.hostname = LOCALHOST;
  if (url.protocol === 'postgresql:' || url.protocol === 'postgres:') {
    url.pathname = `/${database}`;
  } else if (url.protocol === 'amqp:' || url.protocol === 'amqps:') {
    url.pathname = `/${encodeURIComponent(vhost)}`;
  }
  return url.toString();
}

function credentials(environment, variable, protocol) {
  const value = environment[variable] ?? fail(`the Compose environment has no ${variable}`);
  const url = new URL(value);
  if (!url.protocol.startsWith(protocol) || !(url.hostname in LOCAL)) {
    fail(`${variable} is not a ${protocol} URL on one of the Compose services (${Object.keys(LOCAL).join(', ')})`);
  }
  return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

/** The user and password every service's URL in `variable` carries: one database and one broker serve them all. */
function sameCredentials(environments, variable, protocol) {
  const all = SERVICES.map((name) => credentials(environments[name], variable, protocol));
  if (all.some((c) => c.user !== all[0].user || c.password !== all[0].password)) {
    fail(`the services' ${variable} carry different users or passwords; one local service cannot check them all`);
  }
  return all[0];
}

// --- the local services, prepared for the Compose credentials ---

function reachable(port) {
  return new Promise((done) => {
    const socket = net.connect({ host: LOCALHOST, port, timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('timeout', () => { socket.destroy(); done(false); });
    socket.once('error', () => done(false));
  });
}

const quoteLiteral = (s) => `'${s.replaceAll("'", "''")}'`;
const quoteIdent = (s) => `"${s.replaceAll('"', '""')}"`;

async function psql(sql, label = `psql -c ${sql}`) {
  return sh('psql', ['-h', LOCALHOST, '-p', String(LOCAL.postgres), '-U', 'postgres', '-d', 'postgres', '-X', '-q',
    '-v', 'ON_ERROR_STOP=1', '-c', sql], {}, label);
}

async function preparePostgres({ user, password }) {
  // a role created by a concurrent run between the check and the create is fine: then alter it
  await psql(`do $$ begin
      if not exists (select from pg_roles where rolname = ${quoteLiteral(user)}) then
        begin
          create role ${quoteIdent(user)} login password ${quoteLiteral(password)};
        exception when duplicate_object then null;
        end;
      end if;
    end $$;
    alter role ${quoteIdent(user)} login password ${quoteLiteral(password)};`, `psql: create or alter role ${user}`);
  await psql(`create database ${quoteIdent(database)} owner ${quoteIdent(user)}`);
  cleanups.push(['database ' + database, () => psql(`drop database if exists ${quoteIdent(database)} with (force)`)]);
}

async function prepareRabbitMq({ user, password }) {
  await sh('rabbitmqctl', ['-q', 'add_vhost', vhost]);
  cleanups.push(['vhost ' + vhost, () => sh('rabbitmqctl', ['-q', 'delete_vhost', vhost])]);
  try {
    await run('rabbitmqctl', ['-q', 'add_user', user, password]);
  } catch (e) {
    // made by an earlier or a concurrent run: it is given the rendered password
    if (!/already exists|user_already_exists/i.test(`${e.stderr}${e.stdout}`)) {
      fail(`rabbitmqctl add_user ${user} failed: ${(e.stderr || e.message).trim()}`);
    }
    await sh('rabbitmqctl', ['-q', 'change_password', user, password], {}, `rabbitmqctl change_password ${user}`);
  }
  await sh('rabbitmqctl', ['-q', 'set_permissions', '-p', vhost, user, '.*', '.*', '.*']);
}

// --- the jar, once per service ---

function freePort() {
  return new Promise((done, failed) => {
    const server = net.createServer();
    server.once('error', failed);
    server.listen(0, LOCALHOST, () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function startJar(name, environment, port) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ALBATROSS_')));
  Object.assign(env, environment, { ALBATROSS_HTTP_PORT: String(port) });
  const log = join(tmpdir(), `albatross-compose-smoke-${runId}-${name}.log`);
  const fd = openSync(log, 'w');
  const child = spawn('java', ['-jar', JAR], { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const proc = { name, child, log, port, exited: null };
  child.once('exit', (code, signal) => { proc.exited = signal ?? code; });
  processes.push(proc);
  cleanups.push([`${name} (pid ${child.pid})`, () => stop(proc)]);
  return proc;
}

async function stop(proc) {
  if (proc.exited !== null) {
    return;
  }
  proc.child.kill('SIGTERM');
  for (let i = 0; i < 40 && proc.exited === null; i++) {
    await sleep(250);
  }
  if (proc.exited === null) {
    proc.child.kill('SIGKILL');
    for (let i = 0; i < 20 && proc.exited === null; i++) {
      await sleep(250);
    }
  }
}

async function awaitHealthy(proc) {
  const deadline = Date.now() + STARTUP_SECONDS * 1000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (proc.exited !== null) {
      fail(`the ${proc.name} exited (${proc.exited}) before /health answered 200`);
    }
    try {
      const response = await fetch(`http://${LOCALHOST}:${proc.port}/health`, { signal: AbortSignal.timeout(3000) });
      last = `${response.status} ${await response.text()}`;
      if (response.status === 200) {
        return;
      }
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await sleep(500);
  }
  fail(`the ${proc.name}'s /health did not answer 200 within ${STARTUP_SECONDS} s (last: ${last})`);
}

// --- the scenario, through the gateway ---

async function call(base, method, path, { token, body } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(base + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

async function expect(base, method, path, status, options) {
  const reply = await call(base, method, path, options);
  if (reply.status !== status) {
    fail(`${method} ${path} answered ${reply.status}, expected ${status}: ${reply.text.slice(0, 300)}`);
  }
  return reply.json();
}

function webSocketClass() {
  if (typeof globalThis.WebSocket === 'function') {
    return globalThis.WebSocket;
  }
  // Node 20 has no global WebSocket without a flag; the UI's dependencies bring the ws package
  try {
    return createRequire(join(ROOT, 'ui/package.json'))('ws');
  } catch {
    fail('no WebSocket client: run on Node 22+, or `make ui` so that ui/node_modules/ws exists');
  }
}

/** A raw client of the SockJS event-bus bridge that keeps every frame it receives. */
async function liveClient(url) {
  const WebSocketImpl = webSocketClass();
  const socket = new WebSocketImpl(url);
  socket.binaryType = 'arraybuffer';
  const frames = [];
  socket.addEventListener('message', (event) => {
    const text = typeof event.data === 'string' ? event.data : new TextDecoder().decode(event.data);
    try {
      frames.push(JSON.parse(text));
    } catch {
      frames.push({ type: 'unparsable', text });
    }
  });
  await new Promise((opened, failed) => {
    socket.addEventListener('open', opened, { once: true });
    socket.addEventListener('error', () => failed(new Error(`the WebSocket to ${url} failed to open`)), { once: true });
    setTimeout(() => failed(new Error(`the WebSocket to ${url} did not open within 10 s`)), 10_000);
  });
  cleanups.push(['the live client', async () => socket.close()]);
  return {
    frames,
    send: (frame) => socket.send(JSON.stringify(frame)),
    async awaitFrame(predicate, seconds, what) {
      const deadline = Date.now() + seconds * 1000;
      while (Date.now() < deadline) {
        const found = frames.find(predicate);
        if (found) return found;
        await sleep(50);
      }
      fail(`no ${what} within ${seconds} s; frames: ${JSON.stringify(frames).slice(0, 500)}`);
    },
  };
}

async function scenario(gateway) {
  const base = `http://${LOCALHOST}:${gateway.port}`;
  const adminEmail = gateway.environment.ALBATROSS_ADMIN_EMAIL || fail('the gateway has no ALBATROSS_ADMIN_EMAIL');
  const admin = await expect(base, 'POST', '/api/auth/login', 200, { body: { email: adminEmail, password: adminPassword } });
  step(`signed in as ${adminEmail}`);
  const tenant = await expect(base, 'POST', '/api/tenants', 201, {
    token: admin.token, body: { name: 'Smoke Test Airways', icao: 'SMK' },
  });
  const pilotPassword = `smoke-pilot-${randomBytes(8).toString('hex')}`;
  const pilotEmail = `pilot-${runId}@smoke.example`;
  await expect(base, 'POST', '/api/users', 201, {
    token: admin.token,
    body: { email: pilotEmail, displayName: 'Smoke Pilot', role: 'PILOT', tenantId: tenant.id, password: pilotPassword },
  });
  const pilot = await expect(base, 'POST', '/api/auth/login', 200, { body: { email: pilotEmail, password: pilotPassword } });
  step(`airline ${tenant.id} and its pilot created; the pilot signed in`);

  const address = `tenant.${tenant.id}.pireps`;
  const live = await liveClient(`ws://${LOCALHOST}:${gateway.port}/api/ws/websocket`);
  live.send({ type: 'register', address, headers: { Authorization: `Bearer ${pilot.token}` } });
  // the bridge does not acknowledge a registration, it only refuses one: give it a moment to
  await sleep(1000);
  const refused = live.frames.find((f) => f.type === 'err');
  if (refused) {
    fail(`the live registration on ${address} was refused: ${JSON.stringify(refused)}`);
  }

  const pirep = await expect(base, 'POST', '/api/pireps', 201, {
    token: pilot.token,
    body: { flightNumber: 'DLH400', departure: 'EDDF', arrival: 'KJFK', aircraftType: 'B748', flightTimeMinutes: 515 },
  });
  step(`PIREP ${pirep.id} filed`);

  // the read side is eventually consistent: the worker projects what the gateway stored
  const deadline = Date.now() + 15_000;
  let read;
  while (Date.now() < deadline) {
    read = await call(base, 'GET', `/api/pireps/${pirep.id}`, { token: pilot.token });
    if (read.status === 200) break;
    await sleep(200);
  }
  if (read.status !== 200) {
    fail(`GET /api/pireps/${pirep.id} answered ${read.status} for 15 s: ${read.text.slice(0, 300)}`);
  }
  const stored = read.json();
  if (stored.flightNumber !== 'DLH400' || stored.status !== 'SUBMITTED' || stored.tenantId !== tenant.id) {
    fail(`GET /api/pireps/${pirep.id} answered an unexpected PIREP: ${read.text.slice(0, 300)}`);
  }
  step(`PIREP ${pirep.id} read back`);

  await live.awaitFrame(
    (f) => f.type === 'rec' && f.address === address && f.body?.type === 'PirepSubmitted' && f.body?.pirep?.id === pirep.id,
    15, `PirepSubmitted frame for ${pirep.id} on ${address}`);
  step(`PirepSubmitted frame for ${pirep.id} received live`);
}

// --- the run ---

async function cleanUp() {
  while (cleanups.length > 0) {
    const [what, undo] = cleanups.pop();
    try {
      await undo();
    } catch (e) {
      console.error(`compose-smoke: could not clean up ${what}: ${e.message}`);
    }
  }
}

async function main() {
  if (!existsSync(JAR)) {
    fail(`no jar at ${JAR} (make build)`);
  }
  const environments = await renderedEnvironments();
  step(`rendered ${COMPOSE_FILES.join(' + ')}; run ${runId}`);
  for (const [name, port] of Object.entries(LOCAL)) {
    if (!(await reachable(port))) {
      fail(`the local ${name} is unreachable at ${LOCALHOST}:${port} (scripts/ensure-services.sh starts it)`);
    }
  }
  const prepared = await Promise.allSettled([
    preparePostgres(sameCredentials(environments, 'ALBATROSS_PG_URL', 'postgres')),
    prepareRabbitMq(sameCredentials(environments, 'ALBATROSS_RABBITMQ_URL', 'amqp')),
  ]);
  prepared.filter((p) => p.status === 'rejected').forEach((p) => fail(p.reason.message));
  step(`database ${database} and vhost ${vhost} ready for the Compose users`);

  const procs = {};
  for (const name of SERVICES) {
    const environment = Object.fromEntries(Object.entries(environments[name]).map(([k, v]) => [k, localised(v)]));
    procs[name] = startJar(name, environment, await freePort());
    procs[name].environment = environment;
  }
  await Promise.all(SERVICES.map((name) => awaitHealthy(procs[name])));
  step(`worker on ${procs.worker.port} and gateway on ${procs.gateway.port} answer /health 200`);
  await scenario(procs.gateway);
}

let exitCode = 0;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`compose-smoke: FAIL: interrupted (${signal}); cleaning up`);
    await cleanUp();
    process.exit(1);
  });
}
try {
  await main();
} catch (e) {
  exitCode = 1;
  console.error(`compose-smoke: FAIL: ${e.message}`);
  for (const proc of processes) {
    if (existsSync(proc.log)) {
      const lines = readFileSync(proc.log, 'utf8').trimEnd().split('\n');
      console.error(`--- last lines of the ${proc.name}'s log (${proc.log}) ---\n${lines.slice(-40).join('\n')}`);
    }
  }
} finally {
  await cleanUp();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (exitCode === 0) {
  processes.forEach((proc) => rmSync(proc.log, { force: true }));
  console.log(`compose-smoke: PASS: the Compose worker and gateway ran a PIREP end to end (${seconds} s)`);
} else {
  console.error(`compose-smoke: FAIL after ${seconds} s`);
}
process.exit(exitCode);
