/** Where the Electron host finds its files and its data. Pure: app values are passed in. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The data folder shared with the CLI: MONPS_DATA_DIR, else <userData>/data. */
export function dataDirFor(env: NodeJS.ProcessEnv, userDataPath: string): string {
  return env.MONPS_DATA_DIR || join(userDataPath, 'data');
}

export interface AppFiles {
  indexFile: string;
  /** file:// URL of index.html: the only page allowed to call IPC. */
  indexUrl: string;
  /** file:// URL of the renderer folder (ends with '/'): the only pages the window may show. */
  rendererRoot: string;
  preload: string;
  /** icons and tray images; outside the asar in a packaged app (asarUnpack). */
  resourcesDir: string;
}

export function appFiles(appPath: string, isPackaged: boolean): AppFiles {
  const rendererDir = join(appPath, 'out', 'renderer');
  const indexFile = join(rendererDir, 'index.html');
  const unpackedRoot = isPackaged ? appPath.replace(/app\.asar$/, 'app.asar.unpacked') : appPath;
  return {
    indexFile,
    indexUrl: pathToFileURL(indexFile).href,
    rendererRoot: pathToFileURL(rendererDir + '/').href,
    preload: join(appPath, 'out', 'preload', 'preload.cjs'),
    resourcesDir: join(unpackedRoot, 'resources'),
  };
}
