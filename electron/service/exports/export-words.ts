// The fixed words of an exported file (ExportWords) and the words of its filters, from the
// 'exports' namespace of one language; the filters' fields and values through the catalog's
// labels, a saved segment by its name.
import type { FilterOperator, FilterValue } from '../../../shared/query/ast';
import type { ExportWords } from '../../../shared/export/document';
import type { FilterWordsLabels } from '../../../shared/export/filter-words';
import { formatMonth } from '../../../shared/i18n/format';
import { formatInteger } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import type { ExportLabels } from './chart-context';
import type { Translate } from './translate';

const MONTH = /^\d{4}-\d{2}$/;

export function exportWords(t: Translate): ExportWords {
  const w = (key: string, params?: Readonly<Record<string, string | number>>) => t('exports', key, params);
  return {
    cover: w('cover'),
    workspace: w('workspace'),
    filters: w('filters'),
    noFilters: w('noFilters'),
    dataDate: w('dataDate'),
    generatedAt: w('generatedAt'),
    kpis: w('kpis'),
    charts: w('charts'),
    status: { green: w('status.green'), amber: w('status.amber'), red: w('status.red') },
    continuedSheet: (title, part) => w('continuedSheet', { title, part }),
    textCut: w('textCut'),
    rowsShown: (shown, total) =>
      total === null ? w('rowsShownUnknown', { shown: formatInteger(shown) }) : w('rowsShown', { shown: formatInteger(shown), total: formatInteger(total) }),
    page: (page, pages) => w('page', { page, pages }),
    pdfRowsCut: (shown, total) => w('pdfRowsCut', { shown: formatInteger(shown), total: formatInteger(total) }),
  };
}

export function filterWordsLabels(t: Translate, locale: Locale, labels: ExportLabels, segmentName: (id: number) => string | undefined): FilterWordsLabels {
  const f = (key: string, params?: Readonly<Record<string, string | number>>) => t('exports', `filter.${key}`, params);
  const value = (field: string, v: FilterValue): string => {
    if (field === 'saved_segment' && typeof v === 'number') return segmentName(v) ?? String(v);
    if (typeof v === 'string') {
      const word = labels.value(field, v);
      if (word !== v) return word;
      return MONTH.test(v) ? formatMonth(v, locale) : v;
    }
    return String(v);
  };
  return {
    field: (id) => labels.field(id),
    value,
    operator: (op: FilterOperator) => t('segment-builder', `operators.${op}`, {}, op),
    month: (m) => formatMonth(m, locale),
    words: {
      period: f('period'),
      linkage: (field) => f('linkage', { field }),
      drill: (field) => f('drill', { field }),
      periodValue: (from, to) => f('periodValue', { from, to }),
      between: (low, high) => f('between', { low, high }),
      lastDays: (amount) => f('lastDays', { amount }),
      lastMonths: (amount) => f('lastMonths', { amount }),
      beforeDays: (amount) => f('beforeDays', { amount }),
      changedBy: (v) => f('changedBy', { value: v }),
      and: f('and'),
      or: f('or'),
      not: f('not'),
      separator: f('separator'),
      empty: f('empty'),
      notEmpty: f('notEmpty'),
    },
  };
}
