/**
 * The HCL native-syntax scanner: turns text into tokens one at a time, on demand, from a position the
 * parser controls, so the parser can switch into template mode (strings, heredocs) at any point.
 * Spaces, tabs and comments are skipped (comments are recorded); newlines are tokens, because
 * they end attributes and block headers. It never throws: unknown characters become `T.Invalid`.
 */
import type { Comment } from './ast';

/** Token kinds. Plain numbers, for speed; names in TOKEN_NAMES. */
export const T = {
  EOF: 0,
  Newline: 1,
  Ident: 2,
  Number: 3,
  OQuote: 4,
  Heredoc: 5,
  LBrace: 6,
  RBrace: 7,
  LBrack: 8,
  RBrack: 9,
  LParen: 10,
  RParen: 11,
  Comma: 12,
  Dot: 13,
  Ellipsis: 14,
  Star: 15,
  Equal: 16,
  Colon: 17,
  DoubleColon: 18,
  Question: 19,
  Arrow: 20,
  Plus: 21,
  Minus: 22,
  Slash: 23,
  Percent: 24,
  Bang: 25,
  EqualEqual: 26,
  NotEqual: 27,
  Less: 28,
  Greater: 29,
  LessEqual: 30,
  GreaterEqual: 31,
  And: 32,
  Or: 33,
  Tilde: 34,
  TemplateOpen: 35,
  Invalid: 36,
} as const;

export type TokenKind = (typeof T)[keyof typeof T];

export const TOKEN_NAMES: readonly string[] = [
  'end of file', 'newline', 'identifier', 'number', 'string', 'heredoc', "'{'", "'}'", "'['", "']'", "'('", "')'", "','",
  "'.'", "'...'", "'*'", "'='", "':'", "'::'", "'?'", "'=>'", "'+'", "'-'", "'/'", "'%'", "'!'", "'=='", "'!='", "'<'",
  "'>'", "'<='", "'>='", "'&&'", "'||'", "'~'", "template sequence", 'invalid character',
];

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}\-]/u;

/** True for ASCII letters, `_`, or a non-ASCII identifier start (code unit `c` at `i` in `text`). */
export function isIdentStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) return true;
  if (!(c >= 128)) return false; // ASCII, or past the end (NaN)
  return ID_START.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** The end of the identifier starting at `i`. */
export function scanIdentEnd(text: string, i: number): number {
  const n = text.length;
  i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45) {
      i++;
      continue;
    }
    if (c < 128) break;
    const cp = text.codePointAt(i)!;
    if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Scans one token at a time from `pos`. The current token is `kind`, `start`, `end`. */
export class Scanner {
  pos = 0;
  kind: TokenKind = T.EOF;
  start = 0;
  end = 0;
  readonly comments: Comment[] = [];
  /** Offsets of `/*` comments that run to the end of the text. */
  readonly unterminatedComments: number[] = [];
  private lastComment = -1;

  constructor(readonly text: string) {
    // a byte order mark is not content
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Scans the token at `pos` into kind/start/end and moves `pos` past it. */
  scan(): TokenKind {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    // skip spaces, tabs and comments
    for (;;) {
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        i++;
      } else if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
        const s = i;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === 10 || d === 13) break;
          i++;
        }
        this.addComment(s, i, c === 35 ? '#' : '//');
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const s = i;
        const close = text.indexOf('*/', i + 2);
        if (close < 0 && !this.unterminatedComments.includes(s)) this.unterminatedComments.push(s);
        i = close < 0 ? n : close + 2;
        this.addComment(s, i, '/*');
      } else break;
    }
    this.start = i;
    if (i >= n) return this.set(T.EOF, n);
    const c = text.charCodeAt(i);
    switch (c) {
      case 10:
        return this.set(T.Newline, i + 1);
      case 13:
        // only LF and CRLF end lines in HCL; a lone CR is not a character of the language
        return this.set(text.charCodeAt(i + 1) === 10 ? T.Newline : T.Invalid, text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1);
      case 34:
        return this.set(T.OQuote, i + 1);
      case 123:
        return this.set(T.LBrace, i + 1);
      case 125:
        return this.set(T.RBrace, i + 1);
      case 91:
        return this.set(T.LBrack, i + 1);
      case 93:
        return this.set(T.RBrack, i + 1);
      case 40:
        return this.set(T.LParen, i + 1);
      case 41:
        return this.set(T.RParen, i + 1);
      case 44:
        return this.set(T.Comma, i + 1);
      case 46:
        if (text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) return this.set(T.Ellipsis, i + 3);
        return this.set(T.Dot, i + 1);
      case 42:
        return this.set(T.Star, i + 1);
      case 61: {
        const d = text.charCodeAt(i + 1);
        if (d === 61) return this.set(T.EqualEqual, i + 2);
        if (d === 62) return this.set(T.Arrow, i + 2);
        return this.set(T.Equal, i + 1);
      }
      case 58:
        if (text.charCodeAt(i + 1) === 58) return this.set(T.DoubleColon, i + 2);
        return this.set(T.Colon, i + 1);
      case 63:
        return this.set(T.Question, i + 1);
      case 43:
        return this.set(T.Plus, i + 1);
      case 45:
        return this.set(T.Minus, i + 1);
      case 47:
        return this.set(T.Slash, i + 1);
      case 37:
        if (text.charCodeAt(i + 1) === 123) return this.set(T.TemplateOpen, i + 2);
        return this.set(T.Percent, i + 1);
      case 36:
        if (text.charCodeAt(i + 1) === 123) return this.set(T.TemplateOpen, i + 2);
        return this.set(T.Invalid, i + 1);
      case 33:
        if (text.charCodeAt(i + 1) === 61) return this.set(T.NotEqual, i + 2);
        return this.set(T.Bang, i + 1);
      case 60: {
        const d = text.charCodeAt(i + 1);
        if (d === 61) return this.set(T.LessEqual, i + 2);
        if (d === 60) return this.set(T.Heredoc, i + 2);
        return this.set(T.Less, i + 1);
      }
      case 62:
        if (text.charCodeAt(i + 1) === 61) return this.set(T.GreaterEqual, i + 2);
        return this.set(T.Greater, i + 1);
      case 38:
        if (text.charCodeAt(i + 1) === 38) return this.set(T.And, i + 2);
        return this.set(T.Invalid, i + 1);
      case 124:
        if (text.charCodeAt(i + 1) === 124) return this.set(T.Or, i + 2);
        return this.set(T.Invalid, i + 1);
      case 126:
        return this.set(T.Tilde, i + 1);
    }
    if (c >= 48 && c <= 57) return this.set(T.Number, scanNumberEnd(text, i));
    if (isIdentStart(text, i)) return this.set(T.Ident, scanIdentEnd(text, i));
    // one whole code point, so a surrogate pair is never split
    return this.set(T.Invalid, i + (text.codePointAt(i)! > 0xffff ? 2 : 1));
  }

  private set(kind: TokenKind, end: number): TokenKind {
    this.kind = kind;
    this.end = end;
    this.pos = end;
    return kind;
  }

  private addComment(start: number, end: number, style: Comment['style']): void {
    // the parser may scan a region twice after a lookahead; record each comment once
    if (start <= this.lastComment) return;
    this.lastComment = start;
    this.comments.push({ start, end, style });
  }
}

/** The end of the number literal starting at `i`: digits, an optional fraction, an optional exponent. */
export function scanNumberEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const s = text.charCodeAt(j);
    if (s === 43 || s === 45) j++;
    if (isDigit(text.charCodeAt(j))) {
      j++;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
