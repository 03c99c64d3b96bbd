import { openApp, waitForMapReady, renderCount } from './test/e2e/browser.ts';
import { sharedPath } from './test/support/shared-data.ts';
const s = await openApp();
const page = s.page;
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text().slice(0, 300)); });
await page.goto(s.baseUrl);
await waitForMapReady(page);
await page.click('[data-testid="tab-import"]');
await page.setInputFiles('[data-testid="import-input"]', [
  sharedPath('geo', 'communes-cog2026', 'communes-50.geojson'),
  sharedPath('population', 'communes-france-cog2026.csv'),
]);
await page.waitForSelector('[data-testid="import-meta-1"]');
await page.screenshot({ path: 'test-results/dbg-import-preview.png', fullPage: true });
const before = await renderCount(page);
await page.check('[data-testid="import-drop-demo"]');
await page.click('[data-testid="import-load"]');
await page.waitForSelector('text=Import terminé');
await waitForMapReady(page, before + 1);
await page.click('[data-testid="tab-indicators"]');
const opts = await page.$$eval('select option', (o) => o.map((x) => (x as HTMLOptionElement).value + '=' + x.textContent));
console.log(opts.slice(0, 14).join(' | '));
await page.selectOption('[data-testid="indicator-picker"]', 'gp');
await page.waitForTimeout(4000);
await page.screenshot({ path: 'test-results/dbg-gp.png' });
await page.click('[data-testid="tab-territory"]');
await page.waitForSelector('[data-testid="territory-panel"][data-status="ready"]');
await page.click('[data-testid="territory-new"]');
await page.selectOption('[data-testid="territory-epci"]', '200069425');
await page.waitForTimeout(3000);
await page.screenshot({ path: 'test-results/dbg-terr.png', fullPage: true });
await s.close();
process.exit(0);
