// Splits a SQL script into statements as text arrives, without ever holding the whole file:
// quote- and comment-aware, MySQL DELIMITER blocks and /*!NNNNN … */ versioned comments (whose
// contents are kept: they can hold a column value), PostgreSQL dollar quotes and COPY … FROM
// stdin data blocks, sqlite trigger bodies, psql meta-commands and GO batch separators.
// Plain comments are replaced by their newlines so line numbers inside a statement stay true.

import { ImportReadError } from '../errors';
import type { SqlDialect } from './dialect';
import { countNewlines, isIdentChar, isSpace, LF, skipBlockComment, skipQuoted } from './splitter-spans';

export type SplitItem =
  | { kind: 'statement'; text: string; line: number }
  | { kind: 'client'; command: string; line: number }
  | { kind: 'copy-data'; text: string; line: number }
  | { kind: 'copy-end'; line: number };

const enum Lex {
  Normal,
  Single,
  Double,
  Backtick,
  Bracket,
  LineComment,
  BlockComment,
  Dollar,
}

const MARGIN = 64;

export interface SplitterOptions {
  dialect: SqlDialect;
  file: string;
  maxStatementChars: number;
}

export class StatementSplitter {
  private buf = '';
  private i = 0;
  private line = 1;
  private lex = Lex.Normal;
  private escapes = false;
  private dollarTag = '';
  private blockDepth = 0;
  private versioned = 0;
  private delimiter = ';';
  private copyMode = false;
  private pieces: string[] = [];
  private piecesLength = 0;
  private pieceStart = 0;
  private stmtLine = -1;
  private out: SplitItem[] = [];

  constructor(private readonly opts: SplitterOptions) {}

  feed(text: string, final: boolean): SplitItem[] {
    this.buf = this.buf.slice(this.i) + text;
    this.pieceStart -= this.i;
    this.i = 0;
    this.out = [];
    this.scan(final);
    if (final) {
      if (this.lex !== Lex.Normal && this.lex !== Lex.LineComment) {
        throw new ImportReadError(
          'unterminated-statement',
          { file: this.opts.file, row: this.stmtLine > 0 ? this.stmtLine : this.line },
          'the file ends inside a quoted string, identifier or comment',
        );
      }
      this.cut(this.buf.length);
      const rest = this.pieces.join('').trim();
      // A last statement without a terminator is still a statement (sqlite scripts often end so).
      if (rest !== '' && this.stmtLine > 0) this.out.push({ kind: 'statement', text: rest, line: this.stmtLine });
      this.resetStatement(this.buf.length);
    } else {
      // Keep only the unscanned tail in the buffer; the scanned part of the statement moves to pieces.
      const inComment = this.lex === Lex.BlockComment || this.lex === Lex.LineComment;
      if (this.stmtLine > 0 && !inComment) this.cut(this.i);
      else this.pieceStart = this.i;
      this.checkSize();
    }
    return this.out;
  }

  private checkSize(): void {
    if (this.piecesLength + (this.i - this.pieceStart) > this.opts.maxStatementChars) {
      throw new ImportReadError(
        'statement-too-large',
        { file: this.opts.file, row: this.stmtLine },
        `a statement starting on line ${this.stmtLine} is longer than ${this.opts.maxStatementChars} characters`,
      );
    }
  }

  private cut(end: number, replacement?: string): void {
    if (this.stmtLine > 0) {
      const s = this.buf.slice(this.pieceStart, end);
      if (s) this.pieces.push(s);
      this.piecesLength += s.length;
      if (replacement) {
        this.pieces.push(replacement);
        this.piecesLength += replacement.length;
      }
    }
    this.pieceStart = end;
  }

  private resetStatement(next: number): void {
    this.pieces = [];
    this.piecesLength = 0;
    this.pieceStart = next;
    this.stmtLine = -1;
  }

  private endStatement(end: number, next: number): void {
    this.cut(end);
    const text = this.pieces.join('');
    const line = this.stmtLine;
    this.resetStatement(next);
    this.out.push({ kind: 'statement', text, line });
    this.i = next;
    if (/^COPY\b[\s\S]*\bFROM\s+STDIN\b/i.test(text)) {
      // Data begins on the line after the statement.
      const nl = this.buf.indexOf('\n', next);
      this.copyMode = true;
      this.i = nl < 0 ? this.buf.length : nl + 1;
      if (nl >= 0) this.line++;
      this.pieceStart = this.i;
    }
  }

  /** sqlite's CREATE TRIGGER … BEGIN …; …; END; contains semicolons that do not end it. */
  private insideTriggerBody(end: number): boolean {
    const head = this.pieces.length ? (this.pieces[0] ?? '') : this.buf.slice(this.pieceStart, Math.min(end, this.pieceStart + 200));
    if (!/^CREATE\s+(?:TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(head)) return false;
    const text = this.pieces.join('') + this.buf.slice(this.pieceStart, end);
    const opens = (text.match(/\b(?:BEGIN|CASE)\b/gi) ?? []).length;
    const closes = (text.match(/\bEND\b/gi) ?? []).length;
    return opens > closes;
  }

  private lineEnd(from: number, final: boolean): number {
    const nl = this.buf.indexOf('\n', from);
    if (nl >= 0) return nl;
    return final ? this.buf.length : -1;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const len = buf.length;
    const limit = final ? len : len - MARGIN;
    const mysql = this.opts.dialect === 'mysql';
    const postgres = this.opts.dialect === 'postgres';
    const brackets = this.opts.dialect === 'sqlite' || this.opts.dialect === 'mssql';
    let i = this.i;
    while (i < limit) {
      if (this.copyMode) {
        const nl = this.lineEnd(i, final);
        if (nl < 0) break;
        let text = buf.slice(i, nl);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (text === '\\.') {
          this.out.push({ kind: 'copy-end', line: this.line });
          this.copyMode = false;
        } else {
          this.out.push({ kind: 'copy-data', text, line: this.line });
        }
        this.line++;
        i = nl + 1;
        this.pieceStart = i;
        continue;
      }
      const c = buf.charCodeAt(i);
      switch (this.lex) {
        case Lex.Normal: {
          if (c === LF) {
            this.line++;
            i++;
            if (this.stmtLine < 0) this.pieceStart = i;
            else {
              // GO on a line of its own ends a batch in SQL Server scripts.
              const m = /[ \t]*GO[ \t]*(?:\r?\n|$)/iy;
              m.lastIndex = i;
              if (m.test(buf) && (m.lastIndex < len || final)) {
                this.endStatement(i, i);
                const nl = buf.indexOf('\n', i);
                this.out.push({ kind: 'client', command: 'GO', line: this.line });
                i = nl < 0 ? len : nl;
                this.pieceStart = i;
              }
            }
            continue;
          }
          if (isSpace(c)) {
            i++;
            if (this.stmtLine < 0) this.pieceStart = i;
            continue;
          }
          const n1 = buf.charCodeAt(i + 1);
          if (c === 45 /* - */ && n1 === 45 && (!mysql || isSpace(buf.charCodeAt(i + 2)) || buf.charCodeAt(i + 2) === LF || i + 2 >= len)) {
            this.cut(i);
            this.lex = Lex.LineComment;
            i += 2;
            continue;
          }
          if (c === 35 /* # */ && mysql) {
            this.cut(i);
            this.lex = Lex.LineComment;
            i++;
            continue;
          }
          if (c === 47 /* / */ && n1 === 42 /* * */) {
            if (mysql && buf.charCodeAt(i + 2) === 33 /* ! */) {
              this.cut(i, ' ');
              let j = i + 3;
              while (j < len && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
              this.versioned++;
              i = j;
              this.pieceStart = i;
              continue;
            }
            this.cut(i);
            this.lex = Lex.BlockComment;
            this.blockDepth = 1;
            i += 2;
            continue;
          }
          if (c === 42 && n1 === 47 && this.versioned > 0) {
            this.cut(i, ' ');
            this.versioned--;
            i += 2;
            this.pieceStart = i;
            continue;
          }
          if (this.stmtLine < 0) {
            // Client-side commands are only recognised where a statement could begin.
            if (c === 92 /* \ */) {
              const nl = this.lineEnd(i, final);
              if (nl < 0) break;
              const cmd = /^\\[a-zA-Z]+/.exec(buf.slice(i, Math.min(nl, i + 40)))?.[0] ?? '\\';
              this.out.push({ kind: 'client', command: cmd, line: this.line });
              i = nl;
              this.pieceStart = i;
              continue;
            }
            if ((c === 68 || c === 100) && /^delimiter[ \t]/i.test(buf.slice(i, i + 10))) {
              const nl = this.lineEnd(i, final);
              if (nl < 0) break;
              const arg = buf.slice(i + 10, nl).trim();
              if (arg) this.delimiter = arg;
              this.out.push({ kind: 'client', command: 'DELIMITER', line: this.line });
              i = nl;
              this.pieceStart = i;
              continue;
            }
            this.stmtLine = this.line;
            this.pieceStart = i;
          }
          if (c === this.delimiter.charCodeAt(0) && (this.delimiter.length === 1 || buf.startsWith(this.delimiter, i))) {
            if (!(this.delimiter === ';' && this.insideTriggerBody(i))) {
              this.endStatement(i, i + this.delimiter.length);
              i = this.i;
              continue;
            }
          }
          if (c === 39 /* ' */) {
            this.lex = Lex.Single;
            const prev = buf.charCodeAt(i - 1);
            this.escapes = mysql || ((prev === 69 || prev === 101) && postgres && !isIdentChar(buf.charCodeAt(i - 2)));
          } else if (c === 34 /* " */) {
            this.lex = Lex.Double;
            this.escapes = mysql;
          } else if (c === 96 /* ` */) {
            this.lex = Lex.Backtick;
          } else if (c === 91 /* [ */ && brackets) {
            this.lex = Lex.Bracket;
          } else if (c === 36 /* $ */ && postgres && !isIdentChar(buf.charCodeAt(i - 1))) {
            const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(buf.slice(i, i + MARGIN));
            if (m) {
              this.lex = Lex.Dollar;
              this.dollarTag = m[0];
              i += m[0].length;
              continue;
            }
          }
          i++;
          continue;
        }
        case Lex.Single:
        case Lex.Double:
        case Lex.Backtick:
        case Lex.Bracket: {
          const close = this.lex === Lex.Single ? 39 : this.lex === Lex.Double ? 34 : this.lex === Lex.Backtick ? 96 : 93;
          const escapes = this.escapes && (this.lex === Lex.Single || this.lex === Lex.Double);
          const span = skipQuoted(buf, i, limit, close, escapes);
          this.line += span.newlines;
          i = span.to;
          if (span.closed) this.lex = Lex.Normal;
          continue;
        }
        case Lex.LineComment: {
          const nl = buf.indexOf('\n', i);
          if (nl < 0) {
            i = final ? len : Math.max(i, limit);
            this.pieceStart = i;
            continue;
          }
          this.lex = Lex.Normal;
          i = nl;
          this.pieceStart = i;
          continue;
        }
        case Lex.BlockComment: {
          const span = skipBlockComment(buf, i, limit, this.blockDepth, postgres);
          this.line += span.newlines;
          this.blockDepth = span.depth;
          // The comment leaves its newlines (line numbers inside the statement stay true) and, closed, one space.
          const kept = '\n'.repeat(span.newlines) + (span.closed ? ' ' : '');
          if (this.stmtLine > 0 && kept) {
            this.pieces.push(kept);
            this.piecesLength += kept.length;
          }
          if (span.closed) this.lex = Lex.Normal;
          i = span.to;
          this.pieceStart = i;
          continue;
        }
        case Lex.Dollar: {
          const end = buf.indexOf(this.dollarTag, i);
          const stop = end < 0 ? Math.max(i, limit) : end;
          this.line += countNewlines(buf, i, stop);
          if (end < 0) {
            i = stop;
            continue;
          }
          i = end + this.dollarTag.length;
          this.lex = Lex.Normal;
          continue;
        }
      }
    }
    this.i = Math.min(i, len);
  }
}
