/**
 * Prints "quantity | ours | reference | |diff|" for our engine against the reference numbers
 * in REF_DIR (see scoring-reference.sh) and exits 1 if any difference exceeds its tolerance.
 * Usage: node --import tsx scripts/acceptance/scoring-reference-ours.ts REF_DIR TELECOM_CSV
 */
import { compareScoring, loadReferenceInputs, withinTolerance } from './scoring-reference-compare';

const [refDir, telecomCsv] = process.argv.slice(2);
if (!refDir || !telecomCsv) {
  console.error('usage: scoring-reference-ours.ts REF_DIR TELECOM_CSV');
  process.exit(2);
}
const inputs = loadReferenceInputs(refDir, telecomCsv);
const rows = compareScoring(inputs);
const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toPrecision(12));
const width = Math.max(...rows.map((r) => r.quantity.length));
console.log(`${'quantity'.padEnd(width)} | ${'ours'.padStart(19)} | ${'reference'.padStart(19)} | ${'|diff|'.padStart(9)} | tol     | ok`);
console.log(`${'-'.repeat(width)}-|-${'-'.repeat(19)}-|-${'-'.repeat(19)}-|-${'-'.repeat(9)}-|---------|----`);
for (const r of rows) {
  console.log(
    `${r.quantity.padEnd(width)} | ${fmt(r.ours).padStart(19)} | ${fmt(r.reference).padStart(19)} | ${r.diff.toExponential(2).padStart(9)} | ${r.tol.toExponential(0).padEnd(7)} | ${withinTolerance(r) ? 'ok' : 'FAIL'}`,
  );
}
const failed = rows.filter((r) => !withinTolerance(r));
console.log(`\n${rows.length - failed.length} passed, ${failed.length} failed`);
const versions = { ...inputs.python.producedBy, ...Object.fromEntries(Object.entries(inputs.r.producedBy).map(([k, v]) => [`R ${k}`, v])) };
console.log(
  `reference: ${Object.entries(versions)
    .filter(([k]) => !['logistic', 'R call'].includes(k))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
process.exit(failed.length ? 1 : 0);
