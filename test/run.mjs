// `npm test`: lint, type check, Node tests and browser tests; ends with "N passed, N failed".
// Usage: node test/run.mjs [node|browser]  (default: everything)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, missingChromeMessage } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command, echoing its output, and resolves with { code, output }. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const esc = String.fromCharCode(27);
const stripAnsi = (text) => text.replace(new RegExp(`${esc}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
const lastNumber = (text, pattern) => {
  const all = [...stripAnsi(text).matchAll(pattern)];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};

function testFiles(dir, keep) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

const totals = { passed: 0, failed: 0 };
const record = (name, passed, failed, code) => {
  // A runner that exits non-zero without reporting a failed test still counts as one failure.
  const extra = code !== 0 && failed === 0 ? 1 : 0;
  totals.passed += passed;
  totals.failed += failed + extra;
  console.log(`\n[${name}] ${passed} passed, ${failed + extra} failed\n`);
};

async function check(name, command, args) {
  const { code } = await run(command, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, code);
}

async function nodeTests() {
  const files = testFiles(
    join(root, 'test'),
    (n) => n.endsWith('.test.ts') && !n.endsWith('.browser.test.ts'),
  );
  if (files.length === 0) return;
  const { code, output } = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    ...files,
  ]);
  record('node', lastNumber(output, /ℹ pass (\d+)/g), lastNumber(output, /ℹ fail (\d+)/g), code);
}

async function browserTests() {
  const { code, output } = await run(bin('wtr'), [
    '--config',
    'test/web-test-runner.config.mjs',
    '--static-logging',
  ]);
  record(
    'browser',
    lastNumber(output, /(\d+) passed, \d+ failed/g),
    lastNumber(output, /\d+ passed, (\d+) failed/g),
    code,
  );
}

if (only !== 'node' && !findChrome()) {
  console.error(missingChromeMessage);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!only) {
  await check('lint', bin('biome'), ['check', '.']);
  await check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
}
if (only !== 'browser') await nodeTests();
if (only !== 'node') await browserTests();

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
