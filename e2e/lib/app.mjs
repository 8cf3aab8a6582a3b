// Starts a throw-away Yunzhan demo server for one test file and stops it again.
//
//   const app = await startApp();   // { baseURL, dataDir, accounts, account(role), logTail(), stop() }
//   ...
//   await app.stop();
//
// The binary is $YUNZHAN_BIN, else the debug build in the shared target dir.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const YUNZHAN_BIN = process.env.YUNZHAN_BIN || '/var/cache/yunzhan/target/debug/yunzhan';

// The demo seeds 220 exhibitors and 5,000 products (with generated photos,
// 3D models and panoramas) before it listens: about a minute in a debug build
// on two busy cores, more on a slower machine. `startApp({ healthTimeoutMs })`
// overrides it.
const HEALTH_TIMEOUT_MS = 180_000;
const BIN_WAIT_MS = 60_000;

/** Every live server, so that a crashing test run still kills them. */
const live = new Set();
process.on('exit', () => {
  for (const child of live) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The binary may be relinked underneath us by a concurrent build: wait for it to reappear. */
async function waitForBinary() {
  const deadline = Date.now() + BIN_WAIT_MS;
  while (!existsSync(YUNZHAN_BIN)) {
    if (Date.now() > deadline) {
      throw new Error(`Yunzhan binary not found at ${YUNZHAN_BIN} (set YUNZHAN_BIN to override)`);
    }
    await sleep(500);
  }
}

function cleanEnv() {
  // Keep the run hermetic: no YUNZHAN_* setting from the caller's shell may
  // redirect the databases, the public URL or the mailer.
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('YUNZHAN_')) env[k] = v;
  }
  return env;
}

export async function startApp({ attempts = 3, healthTimeoutMs = HEALTH_TIMEOUT_MS } = {}) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      return await startOnce(healthTimeoutMs);
    } catch (err) {
      lastError = err;
      // ETXTBSY/ENOENT while the binary is being relinked, or a port race: try again.
      await sleep(1000);
    }
  }
  throw lastError;
}

async function startOnce(healthTimeoutMs) {
  await waitForBinary();
  const dataDir = mkdtempSync(join(tmpdir(), 'yunzhan-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const logPath = join(dataDir, 'server.log');
  const logFd = openSync(logPath, 'a');
  const child = spawn(YUNZHAN_BIN, ['demo', '--data', dataDir, '--listen', `127.0.0.1:${port}`], {
    env: cleanEnv(),
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  live.add(child);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      live.delete(child);
      resolve(exited);
    });
    child.on('error', (err) => {
      exited = { error: err };
      live.delete(child);
      resolve(exited);
    });
  });

  const logTail = (lines = 40) => {
    try {
      return readFileSync(logPath, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no server log)';
    }
  };

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = sleep(5000).then(() => 'timeout');
      if ((await Promise.race([exitPromise, timer])) === 'timeout') {
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };

  // Wait for /healthz (demo seeding hashes passwords: slow in debug builds).
  const deadline = Date.now() + healthTimeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`yunzhan exited before becoming healthy (${JSON.stringify(exited)}):\n${logTail()}`);
    }
    try {
      const res = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      throw new Error(`yunzhan did not answer GET /healthz with 200 within ${healthTimeoutMs / 1000} s:\n${tail}`);
    }
    await sleep(200);
  }

  const accountsPath = join(dataDir, 'demo-accounts.json');
  let accounts;
  for (let i = 0; ; i++) {
    try {
      accounts = JSON.parse(readFileSync(accountsPath, 'utf8'));
      break;
    } catch (err) {
      if (i >= 25) {
        await stop();
        throw new Error(`could not read ${accountsPath}: ${err.message}`);
      }
      await sleep(200);
    }
  }
  if (!Array.isArray(accounts) || accounts.length === 0) {
    await stop();
    throw new Error(`${accountsPath} is not a non-empty array: ${JSON.stringify(accounts)}`);
  }

  const account = (role) => {
    const a = accounts.find((x) => x.role === role);
    if (!a) throw new Error(`no demo account with role ${role} in ${JSON.stringify(accounts.map((x) => x.role))}`);
    return a;
  };

  return { baseURL, port, dataDir, accounts, account, logTail, stop };
}
