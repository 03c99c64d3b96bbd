/** Waiting for the end of an import in the Import tab, and reading what it gave. */
import type { Page } from 'playwright-core';

/**
 * Waits until the import panel says how the import ended and returns its outcome (`loaded`,
 * `partial`, `nothing` or `failed`) with the headline, so that a test fails at once on an
 * unexpected outcome instead of waiting for a text that will never come.
 */
export async function waitForImportOutcome(page: Page): Promise<{ outcome: string; text: string }> {
  const message = page.locator('[data-testid="import-message"][data-outcome]');
  await message.waitFor({ timeout: 0 });
  return {
    outcome: (await message.getAttribute('data-outcome')) ?? '',
    text: (await message.textContent()) ?? '',
  };
}

/** Lines an import report kept, repaired ones included (« N lues : K gardées, R réparées, … »). */
export async function acceptedLines(page: Page, reportIndex = 0): Promise<number> {
  const read = async (id: string) => {
    const el = await page.$(`[data-testid="import-report-${reportIndex}"] [data-testid="${id}"]`);
    const text = el ? await el.textContent() : null;
    return text === null ? 0 : Number(text.replace(/\s/g, ''));
  };
  return (await read('count-kept')) + (await read('count-repaired'));
}
