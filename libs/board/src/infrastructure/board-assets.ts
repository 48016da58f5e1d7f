import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The board's files, read once from libs/board/src/assets under the project root. The swc build
 * copies only .ts files into dist, so the assets are found from the source tree wherever the
 * compiled code runs (dist/libs/board/src or libs/board/src): walk up to package.json.
 */
export interface BoardAsset {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Only these names are served: a request can never name another file on the disk. */
export const BOARD_FILES = ['index.html', 'board.css', 'format.js', 'model.js', 'i18n.js', 'dom.js', 'charts.js', 'api.js', 'render.js', 'table.js', 'tasks.js', 'board.js', 'start.js', 'favicon.svg'] as const;

export function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'libs'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`chitieu board: no project root (package.json beside libs/) above ${start}`);
    dir = parent;
  }
}

export function loadBoardAssets(assetsDir = join(findProjectRoot(__dirname), 'libs', 'board', 'src', 'assets')): Map<string, BoardAsset> {
  const assets = new Map<string, BoardAsset>();
  for (const name of BOARD_FILES) {
    const body = readFileSync(join(assetsDir, name));
    const extension = name.slice(name.lastIndexOf('.'));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    assets.set(name, { body, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream', etag });
  }
  return assets;
}

/**
 * No inline script or style and nothing from another origin: an injected string that slipped past
 * the page's escaping still could not run, and the page works offline by construction.
 */
export const BOARD_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};
