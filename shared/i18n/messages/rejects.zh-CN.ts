// Chinese strings of rejected rows (i18next namespace 'rejects'): one label per reject code of
// the contract (shared/contract/domains/import-rejects.ts) — invalid values one per kind of
// value expected — and the Data page's grouped view. {{field}} and {{table}} arrive as the
// canonical names and are put in the reader's words first (shared/import/reject-text.ts);
// the English file must have the same keys.
import type { RejectCode } from '../../contract/domains/import-rejects';
import type { InvalidValueKind } from '../../import/convert';
import type { DeepStrings } from './zh-CN';

export const rejectsZhCN = {
  codes: {
    requiredEmpty: '{{field}}为空（必填项）',
    unpaidOrder: '{{field}}为空：没有付款时间（未付款订单？）',
    customerMissing: '客户ID为空（游客下单）',
    invalidValue: '{{field}}：{{expected}}',
    duplicateKey: '{{table}}中已有相同的{{field}}（工作区中或本次导入的前面几行）；要更新已有记录，请选择“按主键更新”',
    legacy: '{{text}}',
  } satisfies Record<RejectCode, string>,
  expected: {
    integer: '不是有效的整数',
    number: '不是有效的数字',
    percentage: '不是有效的百分比',
    yesNo: '不是“是/否”',
    date: '不是有效的日期',
    choice: '不是可识别的取值',
    binary: '二进制值无法转换',
  } satisfies Record<InvalidValueKind, string>,
  csv: {
    code: '原因代码',
  },
  groups: {
    title: '按原因汇总',
    rows: '{{formatted}} 行',
    oneRow: '{{formatted}} 行',
    separator: '、',
    column: '列「{{column}}」',
    examples: '例如：{{examples}}',
    exampleRow: '第 {{row}} 行',
    more: '等',
    others: '另有 {{formatted}} 行属于其他原因（导出 CSV 可查看全部）',
  },
};

export type RejectsMessages = DeepStrings<typeof rejectsZhCN>;
