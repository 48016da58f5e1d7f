import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOARD_FILES, BOARD_SECURITY_HEADERS, findProjectRoot, loadBoardAssets } from './board-assets';

describe('board assets', () => {
  const root = findProjectRoot(__dirname);
  const assets = loadBoardAssets();

  it('finds the project root from the source tree and from where the build puts the code', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('chitieu');
    expect(findProjectRoot(join(root, 'dist', 'libs', 'board', 'src', 'infrastructure'))).toBe(root);
  });

  it('serves every file the page loads, with its content type', () => {
    const page = assets.get('index.html')!.body.toString('utf8');
    const referenced = [...page.matchAll(/(?:src|href)="\/board\/([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(5);
    for (const name of referenced) expect(BOARD_FILES).toContain(name);
    expect(assets.get('index.html')!.contentType).toBe('text/html; charset=utf-8');
    expect(assets.get('board.js')!.contentType).toBe('text/javascript; charset=utf-8');
    expect(assets.get('board.css')!.contentType).toBe('text/css; charset=utf-8');
  });

  it('loads nothing from another origin: the page works offline', () => {
    for (const [name, asset] of assets) {
      if (name === 'favicon.svg') continue;
      expect({ name, external: /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(asset.body.toString('utf8')) }).toEqual({ name, external: false });
    }
    expect(BOARD_SECURITY_HEADERS['content-security-policy']).toContain("script-src 'self'");
  });

  it('puts data on the page only as text: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    for (const [name, asset] of assets) {
      if (!name.endsWith('.js')) continue;
      const code = asset.body.toString('utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      expect({ name, html: /innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(code) }).toEqual({ name, html: false });
    }
  });
});
