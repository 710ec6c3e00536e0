// A strict little XML reader for tests of the parts we write by hand: well-formedness (balanced
// tags, quoted attributes, known entities, no raw '<' or '&' in text, no character XML 1.0
// forbids) and a tree to walk. Not a general parser: no DTD, no CDATA, which our parts never hold.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (entities decoded), concatenated. */
  text: string;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
// eslint-disable-next-line no-control-regex -- finding forbidden control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (FORBIDDEN.test(raw)) throw new Error(`${where}: a character XML 1.0 forbids`);
  if (raw.replace(ENTITY, '').includes('&')) throw new Error(`${where}: a bare '&'`);
  return raw.replace(ENTITY, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED[name]!;
  });
}

const ATTRIBUTE = /\s+([\w.:-]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;

export function parseXml(xml: string): XmlElement {
  let at = 0;
  if (xml.startsWith('<?xml')) at = xml.indexOf('?>') + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const text = xml.slice(at, open < 0 ? xml.length : open);
    if (text.includes('>')) throw new Error(`at ${at}: a bare '>' in text`);
    if (stack.length === 0 && text.trim()) throw new Error(`at ${at}: text outside the root`);
    if (stack.length > 0) stack[stack.length - 1]!.text += decode(text, `at ${at}`);
    if (open < 0) break;
    if (xml.startsWith('</', open)) {
      const close = /^<\/([\w.:-]+)\s*>/.exec(xml.slice(open, open + 200));
      const top = stack.pop();
      if (!close || !top || close[1] !== top.name) throw new Error(`at ${open}: </${close?.[1] ?? '?'}> does not close <${top?.name ?? 'nothing'}>`);
      at = open + close[0].length;
      continue;
    }
    const name = /^<([\w.:-]+)/.exec(xml.slice(open, open + 200));
    if (!name) throw new Error(`at ${open}: not a tag`);
    let p = open + name[0].length;
    const attributes: Record<string, string> = {};
    for (;;) {
      ATTRIBUTE.lastIndex = p;
      const attribute = ATTRIBUTE.exec(xml);
      if (!attribute) break;
      if (attribute[1]! in attributes) throw new Error(`at ${p}: attribute ${attribute[1]} twice`);
      attributes[attribute[1]!] = decode(attribute[3] ?? attribute[4] ?? '', `at ${p}`);
      p = ATTRIBUTE.lastIndex;
    }
    const end = /^\s*(\/?)>/.exec(xml.slice(p, p + 10));
    if (!end) throw new Error(`at ${p}: <${name[1]}> is not closed properly`);
    const element: XmlElement = { name: name[1]!, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else if (root) throw new Error(`at ${open}: a second root`);
    else root = element;
    if (end[1] !== '/') stack.push(element);
    at = p + end[0].length;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` under (and including) `from`, in document order. */
export function findAll(from: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = from.name === name ? [from] : [];
  for (const child of from.children) found.push(...findAll(child, name));
  return found;
}

export function child(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c) => c.name === name);
}
