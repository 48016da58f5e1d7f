import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app-harness';
import { browserTest, chromiumInstalled, launchChromium } from './support/browser';

/**
 * The status board in Debian's Chromium, on the whole app with the Program 08-CTr/TU sample data,
 * as a leader would use it: the review meeting's figures, the language, a filter, a name that
 * tries to inject a script, and a report that appears without a reload.
 */
const PROGRAM = 'hn-08-2021';
const ARTIFACTS = 'test/artifacts';
const INJECTION = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const describeWithBrowser = chromiumInstalled() ? describe : describe.skip;

describeWithBrowser('status board on the sample data (whole app, PUBLIC_BOARD=true)', () => {
  let browser: Browser | string = 'not started';
  let app: TestApp;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const launched = await launchChromium();
    browser = 'browser' in launched ? launched.browser : launched.reason;
    app = await startTestApp({ SEED_SAMPLE_DATA: 'true', PUBLIC_BOARD: 'true' });
  }, 180_000);
  afterAll(async () => {
    if (typeof browser !== 'string') await browser.close();
    await app?.close();
  });

  async function open(b: Browser, path: string, width = 1366): Promise<{ page: Page; errors: string[] }> {
    const page = await b.newPage({ viewport: { width, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.url}${path}`);
    await page.locator('#term-met').filter({ hasText: '/' }).waitFor({ timeout: 20_000 });
    return { page, errors };
  }

  const rows = (page: Page) => page.locator('#indicators-body > tr[data-code]');

  browserTest(() => browser, 'shows 18/27 met for the term and 19 / 4 / 4 for the 2023 plan on 02/08/2023', async (b) => {
    const { page, errors } = await open(b, '/?asOf=2023-08-02');
    expect(await page.locator('#term-met').textContent()).toBe('18/27');
    expect(await page.locator('#annual-heading').textContent()).toBe('Kế hoạch năm 2023');
    expect(await page.locator('#annual-met').textContent()).toBe('19');
    expect(await page.locator('#annual-striving').textContent()).toBe('4');
    expect(await page.locator('#annual-difficult').textContent()).toBe('4');
    expect(await rows(page).count()).toBe(27);
    await expect(page.locator('#indicators-body').textContent()).resolves.toContain('113.418');
    await expect(page.locator('#viewing').textContent()).resolves.toContain('02/08/2023');
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/board-desktop.png`, fullPage: true });
    mkdirSync('docs/images', { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/board-desktop-top.png`, fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 1600 } });
    // the README's picture is refreshed on request only, so a test run leaves the tree clean
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') copyFileSync(`${ARTIFACTS}/board-desktop-top.png`, 'docs/images/board.png');
    await page.close();
  });

  browserTest(() => browser, 'fits a phone: the same figures, no page-wide horizontal scroll', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02', 390);
    expect(await page.locator('#term-met').textContent()).toBe('18/27');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}/board-phone.png`, fullPage: true });
    await page.close();
  });

  browserTest(() => browser, 'switches to English and back; the choice is in the URL', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02');
    await page.locator('#lang-toggle').click();
    await page.locator('#annual-heading', { hasText: '2023 plan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await expect(page.locator('#indicators-body').textContent()).resolves.toContain('113,418');
    await page.locator('#lang-toggle').click();
    await page.locator('#annual-heading', { hasText: 'Kế hoạch năm 2023' }).waitFor();
    await page.close();
  });

  browserTest(() => browser, 'filters to the 4 difficult indicators of the 2023 plan, and a shared link keeps the filter', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02');
    await page.locator('#filter-status').selectOption('difficult');
    expect(await rows(page).count()).toBe(4);
    expect(await page.locator('#indicators-count').textContent()).toBe('Hiển thị 4/27 chỉ tiêu');
    const shared = await open(b, new URL(page.url()).pathname + new URL(page.url()).search);
    expect(await rows(shared.page).count()).toBe(4);
    await shared.page.close();
    await page.close();
  });

  browserTest(() => browser, 'shows a script string entered through the API verbatim, and never runs it', async (b) => {
    const summary = (await app.call('GET', `/api/v1/programs/${PROGRAM}/summary`)).body;
    const secretariat = app.token('secretariat', summary.standingAgency);
    const defined = await app.call('POST', `/api/v1/programs/${PROGRAM}/indicators`, {
      token: secretariat,
      body: { programId: PROGRAM, code: 'CT-XSS', nameVi: INJECTION, nameEn: INJECTION, named: true, group: summary.byGroup[0].key,
        unitOfMeasure: 'người', measureType: 'count', direction: 'higher_is_better', comparator: 'gte' },
    });
    expect(defined.status).toBe(201);
    const { page, errors } = await open(b, '/');
    await page.locator('tr[data-code="CT-XSS"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('tr[data-code="CT-XSS"] td.name').textContent()).toContain(INJECTION);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('#indicators-body img, #indicators-body script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  browserTest(() => browser, 'shows a report submitted through the API without a reload', async (b) => {
    const { page } = await open(b, '/?refresh=1');
    await page.evaluate('window.__sameDocument = true');
    const summary = (await app.call('GET', `/api/v1/programs/${PROGRAM}/summary`)).body;
    const reported = await app.call('POST', `/api/v1/indicators/${PROGRAM}.CT-XSS/reports`, {
      token: app.token('secretariat', summary.standingAgency),
      body: { period: '2024', value: 4321, note: 'báo cáo thử' },
    });
    expect(reported.status).toBe(201);
    await page.locator('tr[data-code="CT-XSS"]', { hasText: '4.321' }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    await page.close();
  });
});

describeWithBrowser('status board when PUBLIC_BOARD=false', () => {
  let browser: Browser | string = 'not started';
  let app: TestApp;
  beforeAll(async () => {
    const launched = await launchChromium();
    browser = 'browser' in launched ? launched.browser : launched.reason;
    app = await startTestApp({ SEED_SAMPLE_DATA: 'false', PUBLIC_BOARD: 'false' });
  }, 120_000);
  afterAll(async () => {
    if (typeof browser !== 'string') await browser.close();
    await app?.close();
  });

  browserTest(() => browser, 'asks for a viewer token before showing anything', async (b) => {
    const page = await b.newPage({ locale: 'vi-VN' });
    await page.goto(app.url);
    await page.locator('#token-panel').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('#board').isHidden()).toBe(true);
    expect(await page.locator('label[for="token-input"]').textContent()).toBe('Mã truy cập (token)');
    await page.close();
  });
});
