import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { browserTest, chromiumInstalled, launchChromium } from './support/browser';
import { startFakeQueryApi } from './support/fake-query-api';

/**
 * The board's page in a real Chromium against a stand-in query API (shaped like the read side's
 * answers): rendering, formats, language, filters, escaping, token, live update. The same page
 * against the whole app and its sample data is board.e2e.spec.ts.
 */
const ARTIFACTS = 'test/artifacts';
const describeWithBrowser = chromiumInstalled() ? describe : describe.skip;

describeWithBrowser('status board page (stand-in query API)', () => {
  let browser: Browser | string = 'not started';
  let api: Awaited<ReturnType<typeof startFakeQueryApi>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const launched = await launchChromium();
    browser = 'browser' in launched ? launched.browser : launched.reason;
    api = await startFakeQueryApi();
  }, 60_000);
  afterAll(async () => {
    if (typeof browser !== 'string') await browser.close();
    await api?.close();
  });

  async function open(b: Browser, path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await b.newPage({ viewport: { width, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${api.url}${path}`);
    await page.locator('#term-met').filter({ hasText: '/' }).waitFor();
    return { page, errors };
  }

  browserTest(() => browser, 'shows 18/27 for the term and 19 / 4 / 4 for the 2023 plan, in Vietnamese formats', async (b) => {
    const { page, errors } = await open(b, '/?asOf=2023-08-02');
    expect(await page.locator('#term-met').textContent()).toBe('18/27');
    expect(await page.locator('#annual-met').textContent()).toBe('19');
    expect(await page.locator('#annual-striving').textContent()).toBe('4');
    expect(await page.locator('#annual-difficult').textContent()).toBe('4');
    expect(await page.locator('#annual-heading').textContent()).toBe('Kế hoạch năm 2023');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('#indicators-body > tr[data-code]').count()).toBe(27);
    const jobs = page.locator('tr[data-code="CT-01"]');
    await expect(jobs.textContent()).resolves.toContain('113.418');
    await expect(jobs.textContent()).resolves.toContain('6 tháng đầu năm 2023');
    await expect(jobs.textContent()).resolves.toContain('70,01%');
    await expect(jobs.textContent()).resolves.toContain('Tỷ lệ trích dẫn lệch với số liệu');
    await expect(page.locator('#viewing').textContent()).resolves.toContain('02/08/2023');
    expect(await page.locator('#summary-chart svg[role="img"]').count()).toBe(1);
    expect(api.state.queries.find((q) => q.path.startsWith('summary'))?.query.asOf).toBe('2023-08-02');
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/board-fake-desktop.png`, fullPage: true });
    await page.screenshot({ path: `${ARTIFACTS}/board-fake-desktop-top.png` });
    await page.close();
  });

  browserTest(() => browser, 'switches to English and back, and keeps the choice in the URL', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02');
    await page.locator('#lang-toggle').click();
    await page.locator('#annual-heading', { hasText: '2023 plan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await expect(page.locator('tr[data-code="CT-01"]').textContent()).resolves.toContain('113,418');
    await page.locator('#lang-toggle').click();
    await page.locator('#annual-heading', { hasText: 'Kế hoạch năm 2023' }).waitFor();
    expect(page.url()).not.toContain('lang=');
    await page.close();
  });

  browserTest(() => browser, 'filters the table by status, group and unit, the filter in the URL', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02');
    await page.locator('#filter-status').selectOption('difficult');
    await expect(page.locator('#indicators-count').textContent()).resolves.toBe('Hiển thị 4/27 chỉ tiêu');
    expect(page.url()).toContain('status=difficult');
    await page.locator('#filter-status').selectOption('');
    await page.locator('#filter-unit').selectOption('SLDTBXH');
    expect(await page.locator('#indicators-body > tr[data-code]').count()).toBe(1);
    await page.locator('#clear-filters').click();
    expect(await page.locator('#indicators-body > tr[data-code]').count()).toBe(27);
    await page.close();
  });

  browserTest(() => browser, 'shows an injected script string verbatim and never runs it', async (b) => {
    const { page, errors } = await open(b, '/?asOf=2023-08-02');
    await expect(page.locator('tr[data-code="CT-27"] td.name').textContent()).resolves.toContain('<script>window.__pwned=1</script>');
    await expect(page.locator('#tasks-by-directive').textContent()).resolves.toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('#indicators-body img, #tasks-body img, #indicators-body script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  browserTest(() => browser, 'lists overdue and due-soon tasks per directive and per unit', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02');
    const byDirective = await page.locator('#tasks-by-directive tbody').textContent();
    expect(byDirective).toContain('07/TB-BCĐ');
    expect(byDirective).toContain('Quá hạn');
    expect(byDirective).toContain('15/07/2023');
    await expect(page.locator('#tasks-by-unit tbody tr', { hasText: 'Sở Y tế' }).textContent()).resolves.toContain('1');
    await page.close();
  });

  browserTest(() => browser, 'draws the trend of an indicator across periods on request, by keyboard', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02');
    const toggle = page.locator('tr[data-code="CT-01"] .trend-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('#trend-CT-01 svg[role="img"]').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const trend = await page.locator('#trend-CT-01 .trend-table').textContent();
    expect(trend).toContain('Năm 2022');
    expect(trend).toContain('203.027');
    await page.close();
  });

  browserTest(() => browser, 'updates without a reload when the event log moves', async (b) => {
    const { page } = await open(b, '/?refresh=1');
    await page.evaluate('window.__sameDocument = true');
    const jobs = api.state.data.indicators[0];
    jobs.values.push({ reportId: 'r-new', period: '2023-Q3', periodEnd: '2023-09-30', value: 150000, originalValue: 150000, corrections: 0 });
    api.state.head += 1;
    await page.locator('tr[data-code="CT-01"]', { hasText: '150.000' }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(api.state.queries.some((q) => q.query.minPosition === String(api.state.head))).toBe(true);
    await page.close();
  });

  browserTest(() => browser, 'is usable at phone width: no page-wide horizontal scroll', async (b) => {
    const { page } = await open(b, '/?asOf=2023-08-02', 390);
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}/board-fake-phone.png`, fullPage: true });
    await page.close();
  });
});

describeWithBrowser('status board page when the board is not public', () => {
  let browser: Browser | string = 'not started';
  let api: Awaited<ReturnType<typeof startFakeQueryApi>>;
  beforeAll(async () => {
    const launched = await launchChromium();
    browser = 'browser' in launched ? launched.browser : launched.reason;
    api = await startFakeQueryApi({ token: 'viewer-token-123' });
  }, 60_000);
  afterAll(async () => {
    if (typeof browser !== 'string') await browser.close();
    await api?.close();
  });

  browserTest(() => browser, 'asks for a viewer token, refuses a wrong one, and keeps a good one for the session', async (b) => {
    const page = await b.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await page.goto(`${api.url}/?asOf=2023-08-02`);
    await page.locator('#token-panel').waitFor({ state: 'visible' });
    await page.locator('#token-input').fill('wrong');
    await page.locator('#token-form button[type="submit"]').click();
    await page.locator('#token-error', { hasText: 'không hợp lệ' }).waitFor();
    await page.locator('#token-input').fill('viewer-token-123');
    await page.locator('#token-form button[type="submit"]').click();
    await page.locator('#term-met', { hasText: '18/27' }).waitFor();
    await page.reload();
    await page.locator('#term-met', { hasText: '18/27' }).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('chitieu.board.token')")).toBe('viewer-token-123');
    await page.close();
  });
});
