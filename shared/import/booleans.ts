// Yes/no flags in Chinese and English exports. Exact matches only: '未流失' contains '流失'.

const TRUE_WORDS = ['是', '对', '有', '真', 'y', 'yes', 't', 'true', '1', '流失', '已流失', '是否流失:是', 'churned', 'on', '√', '✓'];
const FALSE_WORDS = ['否', '错', '无', '假', 'n', 'no', 'f', 'false', '0', '未流失', '没有流失', '非流失', '不流失', '留存', 'retained', 'off', '×', '✗'];

const LOOKUP = new Map<string, boolean>([...TRUE_WORDS.map((w) => [w, true] as const), ...FALSE_WORDS.map((w) => [w, false] as const)]);

export function parseBoolean(input: string | number | boolean): boolean | null {
  if (typeof input === 'boolean') return input;
  if (typeof input === 'number') return input === 1 ? true : input === 0 ? false : null;
  const key = input.normalize('NFKC').trim().toLowerCase();
  return LOOKUP.get(key) ?? null;
}
