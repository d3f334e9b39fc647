#!/usr/bin/env node
// `npm install` runs this: it makes the Python environment the engine drives (.venv, with
// the pinned Cython from dataset/requirements.txt) and stops with a clear message when a
// piece of the toolchain is missing. Plain JavaScript: it runs before tsx is usable.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const venv = process.env.CNAKE_VENV ?? join(root, '.venv');
const requirements = join(root, 'dataset', 'requirements.txt');
const stamp = join(venv, '.cnake-requirements');

function fail(what, fix) {
  console.error(`\n✖ CnakeCharmer set-up: ${what}\n  ${fix}\n`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', ...opts });
}

// Prefer the system Python: the sandbox runs code as an unprivileged user, who cannot read
// a Python installed under root's home (pyenv). CNAKE_PYTHON overrides.
const candidates = [process.env.CNAKE_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean);
const probe = `import sys, sysconfig, os
print(sys.version_info >= (3, 10))
print(os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))
import venv, ensurepip
print(True)`;
let python = null;
let problems = [];
for (const candidate of candidates) {
  const r = run(candidate, ['-c', probe]);
  if (r.error) continue;
  const [recent, headers, hasVenv] = (r.stdout || '').trim().split('\n');
  if (recent !== 'True') { problems.push(`${candidate} is older than Python 3.10`); continue; }
  if (headers !== 'True') { problems.push(`${candidate} has no development headers (Python.h)`); continue; }
  if (hasVenv !== 'True') { problems.push(`${candidate} has no venv/ensurepip module`); continue; }
  python = candidate;
  break;
}
if (!python) {
  fail(problems.join('; ') || 'no Python 3 found',
    'Install Python ≥ 3.10 with headers and venv — Debian/Ubuntu: `sudo apt-get install python3-dev python3-venv` — then run `npm install` again.');
}
if (run('gcc', ['--version']).error) {
  fail('no C compiler (`gcc`) found', 'Install one — Debian/Ubuntu: `sudo apt-get install build-essential` — then run `npm install` again.');
}

const wanted = readFileSync(requirements, 'utf8');
const venvPython = join(venv, 'bin', 'python');
if (existsSync(venvPython) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  console.log(`CnakeCharmer: Python environment ready (${venv}).`);
  process.exit(0);
}
console.log(`CnakeCharmer: creating the Python environment in ${venv} from ${python} …`);
let r = run(python, ['-m', 'venv', '--clear', venv], { stdio: 'inherit' });
if (r.status !== 0) fail('could not create the virtual environment', 'Debian/Ubuntu: `sudo apt-get install python3-venv`, then `npm install` again.');
// --retries 0: where only a local package mirror is reachable, fail over to it at once.
r = run(venvPython, ['-m', 'pip', 'install', '--retries', '0', '--timeout', '30', '-q', '-r', requirements], { stdio: 'inherit' });
if (r.status !== 0) fail('pip could not install dataset/requirements.txt (Cython)', 'Check network access to your Python package index, then run `npm install` again.');
const version = execFileSync(venvPython, ['-c', 'import Cython; print(Cython.__version__)'], { encoding: 'utf8' }).trim();
writeFileSync(stamp, wanted);
console.log(`CnakeCharmer: Python environment ready — Cython ${version}.`);
