// English strings of rejected rows (i18next namespace 'rejects'): one label per reject code,
// and the Data page's grouped view.
import type { RejectsMessages } from './rejects.zh-CN';

export const rejectsEn: RejectsMessages = {
  codes: {
    requiredEmpty: '{{field}} is empty (required)',
    unpaidOrder: '{{field}} is empty: no payment time (unpaid order?)',
    customerMissing: 'Customer ID empty (guest checkout)',
    invalidValue: '{{field}}: {{expected}}',
    duplicateKey: '{{table}}: this {{field}} already exists (in the workspace or earlier in this import); import with "Update by key" to update it',
    legacy: '{{text}}',
  },
  expected: {
    integer: 'not a whole number',
    number: 'not a number',
    percentage: 'not a percentage',
    yesNo: 'not yes/no',
    date: 'not a date',
    choice: 'not one of the known values',
    binary: 'binary data, cannot be converted',
  },
  csv: {
    code: 'Reason code',
  },
  groups: {
    title: 'By reason',
    rows: '{{formatted}} rows',
    oneRow: '{{formatted}} row',
    separator: ', ',
    column: 'column "{{column}}"',
    examples: 'e.g. {{examples}}',
    exampleRow: 'row {{row}}',
    more: '…',
    others: '{{formatted}} more rows under other reasons (export CSV to see them all)',
  },
};
