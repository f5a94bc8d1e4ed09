// pnpm bench:procedure — what a staff inbox pays to show the legal clock of many pratiche.
// Prints medians; no thresholds (targets belong in issue notes, not in tests).
import { addDays, deadline, holidaysOfYear, timeline } from '../src/index';
import type { Calendar, Pratica } from '../src/index';
import { buildPratica } from '../src/testPratica';

const calendar: Calendar = { patron: '06-24' };
const now = '2026-09-30';

/** 10,000 pratiche filed over 2026, a third with an answered integration, a tenth with a preavviso. */
function inbox(n: number): Pratica[] {
  return Array.from({ length: n }, (_, i) => {
    const filed = addDays('2026-01-02', i % 240);
    const steps: Parameters<typeof buildPratica>[1] = [['taken-in-charge', addDays(filed, 1)]];
    if (i % 3 === 0) {
      steps.push(['integration-requested', addDays(filed, 5)], ['integrated', addDays(filed, 12)]);
    }
    if (i % 10 === 0) steps.push(['preavviso', addDays(filed, 20)]);
    return buildPratica(filed, steps, { termDays: i % 5 === 0 ? 60 : 30 }, calendar);
  });
}

function median(fn: () => unknown, runs = 15): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const n = 10_000;
const build = performance.now();
const pratiche = inbox(n);
const buildMs = performance.now() - build;
const deadlinesMs = median(() => pratiche.forEach((p) => deadline(p, calendar, now)));
const timelinesMs = median(() => pratiche.forEach((p) => timeline(p, calendar, now)), 5);
const holidaysMs = median(() => holidaysOfYear(2027, calendar), 200);

console.log(`procedure bench (Node ${process.version}, median)`);
console.log(`  build ${n} pratiche through applyEvent      ${buildMs.toFixed(0)} ms`);
console.log(
  `  deadline() for ${n} pratiche                ${deadlinesMs.toFixed(1)} ms (${((deadlinesMs * 1000) / n).toFixed(1)} µs each)`,
);
console.log(
  `  timeline() for ${n} pratiche                ${timelinesMs.toFixed(1)} ms (${((timelinesMs * 1000) / n).toFixed(1)} µs each)`,
);
console.log(`  holidaysOfYear(2027)                        ${(holidaysMs * 1000).toFixed(1)} µs`);
