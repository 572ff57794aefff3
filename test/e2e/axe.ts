import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** One axe-core rule broken on the page, with where. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

type AxeWindow = { axe?: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } };

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now and returns what it finds. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => Boolean((window as unknown as AxeWindow).axe)))) await page.evaluate(axeSource); // evaluated by the debugger protocol: the app's CSP (script-src 'self') stays untouched
  return page.evaluate(async () => {
    const axe = (window as unknown as AxeWindow).axe;
    if (!axe) throw new Error('axe-core did not load');
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact ?? null, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`),
    }));
  });
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${where}: ${v.id} (${v.impact ?? '?'}) ${v.help}\n    ${v.targets.join('\n    ')}`);
}
