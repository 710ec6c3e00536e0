// An ExportDocument as a landscape PDF (A4 or A3) with pdfkit, for the browser host and the CLI
// (the desktop app may print its window instead: electron/main/print-to-pdf.ts). Charts are
// vectors (ECharts' SVG through svg-to-pdfkit), all text is the bundled CJK font, which pdfkit
// embeds as a subset of the glyphs used. The file is built under a temporary name beside the
// target and renamed at the end: a cancel (heard between sections) or a failure leaves nothing.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import PDFDocument from 'pdfkit';
import { AppError } from '../../../shared/contract/errors';
import type { ExportDocument } from '../../../shared/export/document';
import { renderChartSvg } from '../charts/render-svg';
import { cardGrid, drawCover, drawKpiCards } from './draw-cover';
import { chartSvgForBox } from './draw-chart';
import { drawBoxedSection, drawFlowingSection } from './draw-section';
import { pageGeometry, type PdfPageSize } from './page-geometry';
import { drawPageFrames } from './page-frame';
import { registerPdfFont } from './pdf-text';
import { cancelled, planBands, prepareSections } from './plan';
import { cellFormatter } from './table-cells';

export interface WritePdfOptions {
  readonly path: string;
  readonly pageSize: PdfPageSize;
  readonly signal: AbortSignal;
  readonly onProgress: (phase: 'renderingCharts' | 'writingPdf', done: number, total: number) => void;
}

export function pdfTemporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
}

/** A file-system failure (no room, no permission, a folder in the way) in the analyst's words. */
function writeFailed(error: unknown, path: string): unknown {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  // errno codes (ENOSPC, EACCES, EISDIR…), not Node's own ERR_* (a bug is not the disk's fault).
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return new AppError('INTERNAL', `${path}: the PDF could not be written (${code})`, { reason: 'exportWriteFailed', params: { file: path } });
  return error;
}

/**
 * How much a band of charts is shortened to stay on this page: 1 when it fits, down to 0.85
 * (charts keep their width; the SVG is fitted into the shorter box), null when it must start a
 * new page. Boxed tables were measured at full height and are never shortened.
 */
export function bandScale(height: number, holdsTable: boolean, room: number): number | null {
  if (height <= room) return 1;
  if (!holdsTable && room >= 0.85 * height) return room / height;
  return null;
}

export async function writePdf(doc: ExportDocument, options: WritePdfOptions): Promise<{ bytes: number; pages: number }> {
  const g = pageGeometry(options.pageSize);
  const temp = pdfTemporaryPath(options.path);
  const pdf = new PDFDocument({
    size: g.size,
    layout: 'landscape',
    margin: 0,
    bufferPages: true,
    // No default Helvetica: pdfkit loads it with a package-internal require that a bundled app
    // (esbuild, dist/electron) cannot resolve, and the document only ever uses the CJK font.
    font: '',
    lang: doc.locale,
    displayTitle: true,
    info: { Title: doc.subtitle ? `${doc.title} ${doc.subtitle}` : doc.title, Creator: 'Churn Cockpit', Producer: 'Churn Cockpit (pdfkit)' },
  });
  // 'wx': the temporary name is ours alone; a file already there (a link planted by someone else) fails the export.
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await once(stream, 'open');
    registerPdfFont(pdf);
    const format = cellFormatter(doc.locale);
    const prepared = await prepareSections(doc, options.signal);
    const bands = planBands(pdf, prepared, g, format);
    const grid = cardGrid(doc, g);

    // Charts first (the slow part), each at the size of its box.
    const sparkJobs = doc.kpis.flatMap((kpi, i) => (kpi.sparkline !== null && grid.spark.height > 0 ? [{ i, option: kpi.sparkline }] : []));
    const chartJobs = bands.flatMap((band) => band.boxes.filter((b) => b.chart !== null));
    const total = sparkJobs.length + chartJobs.length;
    let done = 0;
    options.onProgress('renderingCharts', 0, total);
    const sparklines = new Map<number, string>();
    for (const job of sparkJobs) {
      sparklines.set(job.i, renderChartSvg(job.option, { width: Math.round(grid.spark.width * (4 / 3)), height: Math.round(grid.spark.height * (4 / 3)) }));
      options.onProgress('renderingCharts', (done += 1), total);
    }
    const chartSvgs = new Map<number, string>();
    for (const plan of chartJobs) {
      await nextTurn();
      if (options.signal.aborted) throw cancelled();
      const option = plan.prepared.section.chart?.option;
      if (option && plan.chart) chartSvgs.set(plan.box.section, chartSvgForBox(option, plan.chart.width, plan.chart.height));
      options.onProgress('renderingCharts', (done += 1), total);
    }

    const sections = doc.sections.length;
    let written = 0;
    options.onProgress('writingPdf', 0, sections);
    const nextPage = (): number => {
      pdf.addPage();
      return g.top;
    };
    let y = drawCover(pdf, doc, g);
    y = drawKpiCards(pdf, doc, g, grid, y, sparklines, nextPage);
    for (const band of bands) {
      await nextTurn();
      if (options.signal.aborted) throw cancelled();
      if (band.boxes.length > 0) {
        const scale = bandScale(
          band.height,
          band.boxes.some((b) => b.table !== null),
          g.bottom - y,
        );
        if (scale === null) y = nextPage();
        const k = scale ?? 1;
        for (const plan of band.boxes) {
          const box = { x: plan.box.x, y: y + plan.box.y * k, width: plan.box.width, height: plan.box.height * k };
          drawBoxedSection(pdf, plan.prepared, box, { chartSvg: chartSvgs.get(plan.box.section) ?? null, table: plan.table }, format, g);
          options.onProgress('writingPdf', (written += 1), sections);
        }
        y += band.height * k + g.gap;
      }
      for (const prepared of band.flowing) {
        y = drawFlowingSection(pdf, prepared, y, format, g, { next: nextPage, continued: (title, part) => doc.words.continuedSheet(title, part) });
        options.onProgress('writingPdf', (written += 1), sections);
      }
    }
    const pages = drawPageFrames(pdf, doc, g);
    if (options.signal.aborted) throw cancelled();
    // Piped only now: with bufferPages the pages are held until the end anyway, and a cancel or a
    // failure before this point leaves no write in flight to the stream it destroys.
    pdf.pipe(stream);
    pdf.end();
    await finished(stream);
    const { size } = await stat(temp);
    await rename(temp, options.path);
    return { bytes: size, pages };
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true });
    throw writeFailed(error, options.path);
  }
}
