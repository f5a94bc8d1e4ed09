import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: what AgID's accessibility guidelines require of a Comune's site. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violated rule, reduced to what a failure message needs. */
export interface A11yViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core inside the page against the WCAG 2.1 A/AA rules and returns the violations. */
export async function axeViolations(page: Page): Promise<A11yViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const options: RunOptions = { runOnly: WCAG_TAGS };
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: typeof axe }).axe.run(document, opts),
    options,
  );
  return results.violations.map((v: AxeResults['violations'][number]) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

/** A readable failure message: rule id, impact, and the CSS selector of every offending node. */
export function formatViolations(url: string, violations: readonly A11yViolation[]): string {
  const lines = violations.map(
    (v) => `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.targets.map((t) => `    - ${t}`).join('\n')}`,
  );
  return `${violations.length} axe violation(s) on ${url}:\n${lines.join('\n')}`;
}
