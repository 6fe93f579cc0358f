#!/usr/bin/env node
// Checks docker/Dockerfile without a Docker engine, for the mistakes that break its build:
//   - every COPY from the build context names a path that exists and that .dockerignore keeps;
//   - every COPY --from names an earlier stage;
//   - the stage that packages the jar receives each ../<dir> that verticles/pom.xml packages;
//   - the Node image satisfies engines.node of the Vite the UI installs (ui/node_modules/vite);
//   - the image that runs is a JRE, and runs as a user other than root.
//   node scripts/check-dockerfile.mjs [path/to/Dockerfile, docker/Dockerfile by default]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCKERFILE = process.argv[2] ?? 'docker/Dockerfile';
const problems = [];

// --- the Dockerfile, as instructions grouped by stage ---

function instructions(text) {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined.split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest, line };
    });
}

function stages(list) {
  const result = [];
  for (const instruction of list) {
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args.filter((a) => !a.startsWith('--'));
      result.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [], workdir: '/' });
    } else if (result.length > 0) {
      const stage = result.at(-1);
      if (instruction.keyword === 'WORKDIR') {
        stage.workdir = posix.resolve(stage.workdir, instruction.args[0]);
      }
      stage.instructions.push({ ...instruction, workdir: stage.workdir });
    }
  }
  return result;
}

// --- .dockerignore, as Docker reads it: Go patterns with **, later lines win, ! re-includes ---

function ignoreRules() {
  const file = join(ROOT, '.dockerignore');
  if (!existsSync(file)) {
    return [];
  }
  return readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = posix.normalize((negated ? line.slice(1) : line).trim()).replace(/^\/+/, '').replace(/\/+$/, '');
      let source = '';
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
          // `**/` matches any number of directories, none included
          source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
          i += pattern[i + 2] === '/' ? 2 : 1;
        } else if (c === '*') {
          source += '[^/]*';
        } else if (c === '?') {
          source += '[^/]';
        } else {
          source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
      }
      return { pattern: line, negated, regex: new RegExp(`^${source}$`) };
    });
}

const RULES = ignoreRules();

/** The rule that leaves `path` (relative to the context) out of it, if one does; a parent left out takes its children. */
function excludedBy(path) {
  const parts = path.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const prefix = parts.slice(0, depth).join('/');
    let verdict = null;
    for (const rule of RULES) {
      if (rule.regex.test(prefix)) {
        verdict = rule.negated ? null : rule;
      }
    }
    if (verdict) {
      return verdict;
    }
  }
  return null;
}

// --- the checks ---

/** A COPY source as a path relative to the context root: '' for the root itself. */
function contextPath(source) {
  const path = posix.normalize(source).replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return path === '.' ? '' : path;
}

function copies(stage) {
  return stage.instructions.map((i, index) => ({ ...i, index }))
    .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD').map((i) => {
    const flags = i.args.filter((a) => a.startsWith('--'));
    const paths = i.args.filter((a) => !a.startsWith('--'));
    const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
    return { ...i, from, sources: paths.slice(0, -1), dest: paths.at(-1) };
  });
}

function checkCopies(all) {
  all.forEach((stage, index) => {
    for (const copy of copies(stage)) {
      if (copy.from) {
        const earlier = all.slice(0, index).some((s) => s.name === copy.from);
        if (!earlier && !/^\d+$/.test(copy.from) && !copy.from.includes(':')) {
          problems.push(`${copy.line}: no earlier stage is named '${copy.from}'`);
        }
        continue;
      }
      for (const source of copy.sources) {
        const path = contextPath(source);
        if (path === '') {
          continue;
        }
        if (!existsSync(join(ROOT, path))) {
          problems.push(`${copy.line}: ${path} does not exist in the repository`);
        }
        const rule = excludedBy(path);
        if (rule) {
          problems.push(`${copy.line}: ${path} is left out of the build context by .dockerignore ('${rule.pattern}')`);
        }
      }
    }
  });
}

/** The ../<dir> resources of verticles/pom.xml must reach the stage that runs Maven's package. */
function checkPackagedDirectories(all) {
  const pom = readFileSync(join(ROOT, 'verticles/pom.xml'), 'utf8');
  const needed = [...pom.matchAll(/<directory>\$\{project\.basedir\}\/\.\.\/([^<]+)<\/directory>/g)].map((m) => m[1]);
  const packaging = all.find((s) => s.instructions.some((i) => i.keyword === 'RUN' && /mvnw\b.*\bpackage\b/.test(i.line)));
  if (!packaging) {
    problems.push('no stage runs ./mvnw ... package');
    return;
  }
  const runAt = packaging.instructions.findIndex((i) => i.keyword === 'RUN' && /mvnw\b.*\bpackage\b/.test(i.line));
  const target = (dir) => posix.join(packaging.instructions[runAt].workdir, dir);
  const before = copies(packaging).filter((copy) => copy.index < runAt);
  for (const dir of needed) {
    const delivered = before.some((copy) => {
      const dest = posix.resolve(copy.workdir, copy.dest);
      if (copy.from) {
        return dest === target(dir) || target(dir).startsWith(`${dest}/`);
      }
      // a directory's contents land in the destination: dir arrives if it is, or is inside, a source
      return copy.sources.some((source) => {
        const path = contextPath(source);
        if (path !== '' && dir !== path && !dir.startsWith(`${path}/`)) {
          return false;
        }
        const rest = path === '' ? dir : dir.slice(path.length + 1);
        return posix.join(dest, rest) === target(dir) && !excludedBy(dir);
      });
    });
    if (!delivered) {
      problems.push(`the ${packaging.name ?? 'packaging'} stage never receives ${dir} at ${target(dir)} before it packages the jar (verticles/pom.xml packages ../${dir})`);
    }
  }
}

// --- engines.node, for the ranges npm packages write: a || b, each of ^ ~ >= > <= < = x.y.z comparators ---

function parseVersion(text) {
  const parts = text.replace(/^v/, '').split('.');
  return [0, 1, 2].map((i) => (parts[i] === undefined || /^[x*]$/i.test(parts[i]) ? null : Number(parts[i])));
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** Whether every version the comparator `text` admits includes `version` ([major, minor, patch]). */
function admits(text, version) {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(text);
  const [, op = '=', rest] = m;
  const v = parseVersion(rest);
  const low = v.map((n) => n ?? 0);
  switch (op) {
    case '>=': return compare(version, low) >= 0;
    case '>': return compare(version, low) > 0;
    case '<': return compare(version, low) < 0;
    case '<=': return compare(version, low) <= 0;
    case '^': {
      const high = low[0] > 0 ? [low[0] + 1, 0, 0] : low[1] > 0 ? [0, low[1] + 1, 0] : [0, 0, low[2] + 1];
      return compare(version, low) >= 0 && compare(version, high) < 0;
    }
    case '~': {
      const high = v[1] === null ? [low[0] + 1, 0, 0] : [low[0], low[1] + 1, 0];
      return compare(version, low) >= 0 && compare(version, high) < 0;
    }
    default:
      return v.every((n, i) => n === null || n === version[i]);
  }
}

function satisfies(range, version) {
  return range.split('||').some((part) => part.trim().split(/\s+/).filter(Boolean).every((c) => admits(c, version)));
}

function checkNode(all) {
  const vitePackage = join(ROOT, 'ui/node_modules/vite/package.json');
  if (!existsSync(vitePackage)) {
    problems.push('ui/node_modules/vite/package.json is missing: run `make ui` (npm ci) first');
    return;
  }
  const vite = JSON.parse(readFileSync(vitePackage, 'utf8'));
  const range = vite.engines?.node;
  const nodeStages = all.filter((s) => /^(docker\.io\/)?(library\/)?node:/.test(s.image));
  const building = all.find((s) => s.instructions.some((i) => i.keyword === 'RUN' && /npm (ci|install|run build)/.test(i.line)));
  if (building && !nodeStages.includes(building)) {
    problems.push(`the UI is built in a stage FROM ${building.image}, not FROM an official node image`);
  }
  for (const stage of nodeStages) {
    const tag = stage.image.split(':')[1] ?? 'latest';
    const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(tag);
    if (!m) {
      problems.push(`FROM ${stage.image}: pin the Node major version (vite ${vite.version} needs node ${range})`);
      continue;
    }
    // a tag without a minor or patch follows that line's newest release
    const version = [Number(m[1]), m[2] === undefined ? Infinity : Number(m[2]), m[3] === undefined ? Infinity : Number(m[3])];
    if (range && !satisfies(range, version)) {
      problems.push(`FROM ${stage.image}: vite ${vite.version} needs node ${range}`);
    } else {
      console.log(`check-dockerfile: FROM ${stage.image} satisfies vite ${vite.version}'s engines.node ${range}`);
    }
  }
}

function checkRuntime(all) {
  const last = all.at(-1);
  if (!/jre/.test(last.image)) {
    problems.push(`the runtime image is FROM ${last.image}: expected a JRE`);
  }
  const user = last.instructions.filter((i) => i.keyword === 'USER').at(-1);
  if (!user || /^(root|0)(:|$)/.test(user.args[0])) {
    problems.push('the runtime stage runs as root: it needs a USER other than root');
  }
}

// The image starts the default mode as `make run` does: the same JVM options in both places.
function checkJavaOptions(all) {
  const makefile = readFileSync(join(ROOT, 'Makefile'), 'utf8').match(/^JAVA_OPTS\s*:?=\s*(.*)$/m);
  const env = all.at(-1).instructions.filter((i) => i.keyword === 'ENV')
    .map((i) => i.line.match(/JDK_JAVA_OPTIONS="([^"]*)"/)).filter(Boolean).at(-1);
  if (!makefile || !env) {
    problems.push('the runtime stage needs ENV JDK_JAVA_OPTIONS="..." and the Makefile JAVA_OPTS := ...');
  } else if (makefile[1].trim() !== env[1].trim()) {
    problems.push(`JDK_JAVA_OPTIONS "${env[1]}" differs from the Makefile's JAVA_OPTS "${makefile[1].trim()}"`);
  }
}

const all = stages(instructions(readFileSync(resolve(ROOT, DOCKERFILE), 'utf8')));
if (all.length === 0) {
  problems.push(`${DOCKERFILE} has no FROM`);
} else {
  checkCopies(all);
  checkPackagedDirectories(all);
  checkNode(all);
  checkRuntime(all);
  checkJavaOptions(all);
}
if (problems.length > 0) {
  problems.forEach((p) => console.error(`check-dockerfile: ${p}`));
  console.error(`check-dockerfile: FAIL: ${problems.length} problem(s) in ${DOCKERFILE}`);
  process.exit(1);
}
console.log(`check-dockerfile: PASS: ${DOCKERFILE} (${all.length} stages) and .dockerignore agree with the repository`);
