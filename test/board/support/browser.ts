import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (scripts/ensure-chromium.sh installs it), never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

/** The browser, or the reason it could not start (the tests then report themselves skipped). */
export async function launchChromium(): Promise<{ browser: Browser } | { reason: string }> {
  if (!chromiumInstalled()) return { reason: `no Chromium at ${CHROMIUM_PATH} (run scripts/ensure-chromium.sh or set CHROMIUM_PATH)` };
  try {
    return { browser: await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 }) };
  } catch (err) {
    return { reason: `Chromium at ${CHROMIUM_PATH} did not start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}

/**
 * `it` that reports itself skipped, by name, when no browser could start: jest cannot skip a test
 * from inside it, so the test passes empty and says on stderr that it was skipped, and why.
 */
export function browserTest(getBrowser: () => Browser | string, name: string, fn: (browser: Browser) => Promise<void>, timeout = 60_000): void {
  // Without a browser the suites are describe.skip; jest counts them skipped, and this names them.
  if (!chromiumInstalled()) process.stderr.write(`SKIPPED (no Chromium at ${CHROMIUM_PATH}): ${name}\n`);
  it(name, async () => {
    const b = getBrowser();
    if (typeof b === 'string') {
      process.stderr.write(`SKIPPED (no browser): ${name} — ${b}\n`);
      return;
    }
    await fn(b);
  }, timeout);
}
