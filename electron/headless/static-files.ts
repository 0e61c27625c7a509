/** Serves the built renderer (out/renderer) without ever leaving its folder. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const base = resolve(root);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    res.writeHead(400).end('Bad path');
    return;
  }
  const target = resolve(join(base, normalize(rel === '/' ? '/index.html' : rel)));
  if (target !== base && !target.startsWith(base + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  // unknown paths fall back to the app shell (client-side navigation)
  const file = existsSync(target) && statSync(target).isFile() ? target : join(base, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain' }).end('The renderer is not built: run `npm run build`');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  createReadStream(file).pipe(res);
}
