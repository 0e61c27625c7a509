/** Starts the built headless host (`node out/cli/cli.mjs serve --port 0`) and waits for its address. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
}

/** `port` 0 picks a free one; a fixed port restarts a host where its pages expect it. */
export function spawnServe(dataDir: string, env: Record<string, string> = {}, port = 0): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['out/cli/cli.mjs', 'serve', '--port', String(port), '--data-dir', dataDir], {
    env: { ...process.env, ODDS_API_KEY: '', MONPS_DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`monps serve exited (${code}): ${stderr.slice(-2000)}`)));
  });
}
