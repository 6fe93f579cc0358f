// What reading your own writes costs, on two gateways and a worker already running:
//   node bench/read-your-writes.mjs http://127.0.0.1:<gateway1> http://127.0.0.1:<gateway2> <admin email> <admin password>
// Sequential requests from one client, so each figure is one request's latency (p50, p90, p99 in ms):
// a read without Albatross-Min-Position; with one already reached; with the position of a write
// made on the other gateway just before; a write that waits until every gateway sees it (an API
// key) beside one that does not (a PIREP).
const [gateway1, gateway2, email, password] = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 300);

async function call(base, path, { method = 'GET', token, body, headers = {} } = {}) {
  const started = process.hrtime.bigint();
  const response = await fetch(base + path, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { ms, json: text ? JSON.parse(text) : undefined, position: response.headers.get('Albatross-Position') };
}

function figures(name, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  console.log(`${name.padEnd(62)} p50 ${at(0.5).padStart(7)}  p90 ${at(0.9).padStart(7)}  p99 ${at(0.99).padStart(7)} ms`);
}

async function rounds(body) {
  const samples = [];
  for (let i = 0; i < ROUNDS; i++) samples.push(await body(i));
  return samples;
}

const admin = (await call(gateway1, '/api/auth/login', { method: 'POST', body: { email, password } })).json.token;
const icao = String.fromCharCode(...[0, 1, 2].map(() => 65 + Math.floor(Math.random() * 26)));
const tenant = (await call(gateway1, '/api/tenants', { method: 'POST', token: admin, body: { name: 'Bench Air', icao } })).json;
const pilotEmail = `pilot-${Date.now()}@bench.test`;
await call(gateway1, '/api/users', { method: 'POST', token: admin,
  body: { email: pilotEmail, displayName: 'Bench Pilot', role: 'PILOT', tenantId: tenant.id, password: 'bench-pilot-password' } });
const pilot = (await call(gateway1, '/api/auth/login', { method: 'POST', body: { email: pilotEmail, password: 'bench-pilot-password' } })).json.token;
const pirep = { flightNumber: 'DLH400', departure: 'EDDF', arrival: 'KJFK', aircraftType: 'B748', flightTimeMinutes: 515 };

// warm-up: the JIT of three processes
for (let i = 0; i < 200; i++) {
  const filed = await call(gateway1, '/api/pireps', { method: 'POST', token: pilot, body: pirep });
  await call(gateway2, `/api/pireps/${filed.json.id}`, { token: pilot, headers: { 'Albatross-Min-Position': filed.position } });
}
const filed = await call(gateway1, '/api/pireps', { method: 'POST', token: pilot, body: pirep });
await call(gateway2, `/api/pireps/${filed.json.id}`, { token: pilot, headers: { 'Albatross-Min-Position': filed.position } });

console.log(`cores ${(await import('node:os')).cpus().length}, ${ROUNDS} sequential requests each`);
figures('GET /api/pireps/{id} on gateway 2, no Albatross-Min-Position',
  await rounds(async () => (await call(gateway2, `/api/pireps/${filed.json.id}`, { token: pilot })).ms));
figures('the same with an Albatross-Min-Position already reached',
  await rounds(async () => (await call(gateway2, `/api/pireps/${filed.json.id}`, { token: pilot,
    headers: { 'Albatross-Min-Position': filed.position } })).ms));
figures('POST /api/pireps on gateway 1 (answers without waiting)',
  await rounds(async () => (await call(gateway1, '/api/pireps', { method: 'POST', token: pilot, body: pirep })).ms));
const readAfterWrite = [];
figures('then at once GET it on gateway 2 with its Albatross-Position',
  await rounds(async () => {
    const written = await call(gateway1, '/api/pireps', { method: 'POST', token: pilot, body: pirep });
    const read = await call(gateway2, `/api/pireps/${written.json.id}`, { token: pilot,
      headers: { 'Albatross-Min-Position': written.position } });
    readAfterWrite.push(written.ms + read.ms);
    return read.ms;
  }));
figures('  write and read together', readAfterWrite);
figures('POST /api/api-keys on gateway 1 (answers once every gateway sees it)',
  await rounds(async (i) => (await call(gateway1, '/api/api-keys', { method: 'POST', token: pilot, body: { name: `key ${i}` } })).ms));
