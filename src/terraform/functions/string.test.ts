import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NULL, bool, list, num, object, set, str, tuple, unknown } from '../value';
import { runCases, type Case } from '../../../test/support/function-cases';
import { STRING_FUNCTIONS } from './string';

const s = str;
const strs = (...xs: string[]) => list(xs.map((x) => str(x)));
const U = unknown('known after apply');

const cases: Case[] = [
  ['chomp', [s('hello\n')], s('hello')],
  ['chomp', [s('hello\r\n')], s('hello')],
  ['chomp', [s('hello\n\n')], s('hello')],
  ['chomp', [s('hello\n world')], s('hello\n world')],
  ['chomp', [U], { unknown: 'known after apply' }],
  ['chomp', [NULL], { error: 'argument must not be null', arg: 0 }],
  ['endswith', [s('hello world'), s('world')], bool(true)],
  ['endswith', [s('hello world'), s('hello')], bool(false)],
  ['startswith', [s('hello world'), s('hello')], bool(true)],
  ['startswith', [s('hello world'), s('world')], bool(false)],
  ['strcontains', [s('hello world'), s('wor')], bool(true)],
  ['strcontains', [s('hello world'), s('wod')], bool(false)],
  ['strcontains', [num(12345), s('234')], bool(true)],

  // format: the docs' examples, then verbs, flags, widths, indexes and errors
  ['format', [s('Hello, %s!'), s('Ander')], s('Hello, Ander!')],
  ['format', [s('There are %d lights'), num(4)], s('There are 4 lights')],
  ['format', [s('%#v'), s('hello')], s('"hello"')],
  ['format', [s('%#v'), num(1.5)], s('1.5')],
  ['format', [s('%#v'), object({ a: num(1) })], s('{"a":1}')],
  ['format', [s('%v'), num(1.5)], s('1.5')],
  ['format', [s('%v'), num(1234567)], s('1.234567e+06')],
  ['format', [s('%v'), bool(true)], s('true')],
  ['format', [s('%v'), NULL], s('null')],
  ['format', [s('%v'), tuple([s('a'), num(1)])], s('["a",1]')],
  ['format', [s('%t'), bool(false)], s('false')],
  ['format', [s('%t'), s('true')], s('true')],
  ['format', [s('%.2f'), num(3.14159)], s('3.14')],
  ['format', [s('%f'), num(1)], s('1.000000')],
  ['format', [s('%8.2f|'), num(-3.5)], s('   -3.50|')],
  ['format', [s('%-8.2f|'), num(3.5)], s('3.50    |')],
  ['format', [s('%08.2f'), num(-3.5)], s('-0003.50')],
  ['format', [s('%+d'), num(5)], s('+5')],
  ['format', [s('% d'), num(5)], s(' 5')],
  ['format', [s('%5d|%-5d|%05d'), num(42), num(42), num(-42)], s('   42|42   |-0042')],
  ['format', [s('%x %X %o %b'), num(255), num(255), num(8), num(5)], s('ff FF 10 101')],
  ['format', [s('%#x %#o %#b'), num(255), num(8), num(5)], s('0xff 010 0b101')],
  ['format', [s('%e'), num(123456)], s('1.234560e+05')],
  ['format', [s('%E'), num(0.000123)], s('1.230000E-04')],
  ['format', [s('%.2e'), num(123456)], s('1.23e+05')],
  ['format', [s('%g'), num(0.5)], s('0.5')],
  ['format', [s('%g'), num(1e21)], s('1e+21')],
  ['format', [s('%G'), num(1e-7)], s('1E-07')],
  ['format', [s('%.3g'), num(3.14159)], s('3.14')],
  ['format', [s('%.3g'), num(1234)], s('1.23e+03')],
  ['format', [s('%q'), s('hi "x" <b>')], s('"hi \\"x\\" \\u003cb\\u003e"')],
  ['format', [s('%.3s'), s('abcdef')], s('abc')],
  ['format', [s('%5s|%-5s|'), s('ab'), s('cd')], s('   ab|cd   |')],
  ['format', [s('%s'), num(10)], s('10')],
  ['format', [s('%s'), bool(true)], s('true')],
  ['format', [s('%d%%'), num(50)], s('50%')],
  ['format', [s('%[2]s %[1]s'), s('world'), s('hello')], s('hello world')],
  ['format', [s('%[2]s %s'), s('a'), s('b'), s('c')], s('b c')],
  ['format', [s('%*d'), num(5), num(42)], s('   42')],
  ['format', [s('%s %s'), s('a'), U], { unknown: 'known after apply' }],
  ['format', [s('%v'), tuple([U])], { unknown: 'known after apply' }],
  ['format', [s('%d'), num(1.5)], { error: 'unsupported value for "%d" at 0: an integer is required', arg: 1 }],
  ['format', [s('%d'), s('abc')], { error: /^unsupported value for "%d" at 0: cannot convert "abc" to number/, arg: 1 }],
  ['format', [s('%s'), NULL], { error: 'unsupported value for "%s" at 0: null value cannot be formatted', arg: 1 }],
  ['format', [s('%s %s'), s('a')], { error: 'not enough arguments for "%s" at 3: need index 2 but have 1 total' }],
  ['format', [s('%s'), s('a'), s('b')], { error: 'too many arguments; only 1 used by format string' }],
  ['format', [s('hello'), s('b')], { error: 'too many arguments; no verbs in format string' }],
  ['format', [s('%y'), s('a')], { error: `unsupported format verb 'y' in "%y" at offset 0` }],
  ['format', [s('abc %')], { error: 'invalid format string starting at offset 4' }],
  ['format', [s('%s'), list([s('a')])], { error: /^unsupported value for "%s" at 0: string required/ }],
  ['format', [NULL], { error: 'argument must not be null', arg: 0 }],
  ['format', [s('%s ✓'), s('日本')], s('日本 ✓')],
  ['format', [s('%3s|'), s('é')], s('  é|')],

  // formatlist
  ['formatlist', [s('Hello, %s!'), strs('Valentina', 'Ander', 'Olivia', 'Sam')], strs('Hello, Valentina!', 'Hello, Ander!', 'Hello, Olivia!', 'Hello, Sam!')],
  ['formatlist', [s('%s, %s!'), s('Salutations'), strs('Valentina', 'Ander')], strs('Salutations, Valentina!', 'Salutations, Ander!')],
  ['formatlist', [s('%s=%d'), strs('a', 'b'), tuple([num(1), num(2)])], strs('a=1', 'b=2')],
  ['formatlist', [s('%s')], { error: 'not enough arguments for "%s" at 0: need index 1 but have 0 total' }],
  ['formatlist', [s('x')], strs('x')],
  ['formatlist', [s('%s'), list([])], strs()],
  ['formatlist', [s('%s-%s'), strs('a', 'b'), strs('c')], { error: 'argument 2 has length 1, which is inconsistent with argument 1 of length 2', arg: 2 }],
  ['formatlist', [s('%s'), list([s('a'), U])], list([s('a'), U])],
  ['formatlist', [s('%s'), U], { unknown: 'known after apply' }],
  ['formatlist', [s('%d'), strs('a')], { error: /^error on format iteration 0: unsupported value for "%d"/ }],

  ['indent', [num(2), s('[\n  foo,\n  bar,\n]\n')], s('[\n    foo,\n    bar,\n  ]\n  ')],
  ['indent', [s('4'), s('a\nb')], s('a\n    b')],
  ['indent', [num(1.5), s('a')], { error: 'value must be a whole number', arg: 0 }],

  ['join', [s(', '), strs('foo', 'bar', 'baz')], s('foo, bar, baz')],
  ['join', [s(', '), strs('foo')], s('foo')],
  ['join', [s('-'), strs('a'), strs('b', 'c')], s('a-b-c')],
  ['join', [s(','), tuple([s('a'), num(1), bool(true)])], s('a,1,true')],
  ['join', [s(','), set([s('b'), s('a')])], s('a,b')],
  ['join', [s(','), list([])], s('')],
  ['join', [s(',')], { error: 'at least one list is required' }],
  ['join', [s(','), tuple([s('a'), NULL])], { error: 'element 1 is null; cannot concatenate null values', arg: 1 }],
  ['join', [s(','), s('abc')], { error: /^list required/, arg: 1 }],
  ['join', [s(','), list([s('a'), U])], { unknown: 'known after apply' }],

  ['lower', [s('HELLO')], s('hello')],
  ['lower', [s('АЛЛО!')], s('алло!')],
  ['upper', [s('hello')], s('HELLO')],
  ['upper', [s('алло!')], s('АЛЛО!')],

  // regex and regexall: the docs' examples
  ['regex', [s('[a-z]+'), s('53453453.345345aaabbbccc23454')], s('aaabbbccc')],
  ['regex', [s('(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)'), s('2019-02-01')], tuple([s('2019'), s('02'), s('01')])],
  [
    'regex',
    [s('^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?'), s('https://terraform.io/docs/')],
    object({ authority: s('terraform.io'), scheme: s('https') }),
  ],
  ['regex', [s('(a)|(b)'), s('b')], tuple([NULL, s('b')])],
  ['regex', [s('(?i)hello'), s('HeLLo world')], s('HeLLo')],
  ['regex', [s('[[:digit:]]+'), s('ab123c')], s('123')],
  ['regex', [s('\\Aab\\z'), s('ab')], s('ab')],
  ['regex', [s('a\\-b\\:c'), s('xa-b:c')], s('a-b:c')],
  ['regex', [s('\\pL+'), s('12héllo3')], s('héllo')],
  ['regex', [s('x{'), s('ax{')], s('x{')],
  ['regex', [s('[a-z]+'), s('123')], { error: 'pattern did not match any part of the given string' }],
  ['regex', [s('(?P<a>x)(y)'), s('xy')], { error: 'invalid regexp pattern: cannot mix both named and unnamed capture groups', arg: 0 }],
  ['regex', [s('(unclosed'), s('x')], { error: /^invalid regexp pattern: /, arg: 0 }],
  // RE2 rejects backreferences and lookaround, with cty's text: "invalid regexp pattern: <code> in <expr>"
  ['regex', [s('(?=x)'), s('x')], { error: 'invalid regexp pattern: invalid or unsupported Perl syntax in (?=', arg: 0 }],
  ['regex', [s('(?<!x)y'), s('y')], { error: 'invalid regexp pattern: invalid named capture in (?<!x)y', arg: 0 }],
  ['regex', [s('(a)\\1'), s('aa')], { error: 'invalid regexp pattern: invalid escape sequence in \\1', arg: 0 }],
  ['regexall', [s('(unclosed'), s('x')], { error: 'invalid regexp pattern: missing closing ) in (unclosed', arg: 0 }],
  ['regex', [s('(?P<year>\\d{4})-(?P<month>\\d{2})'), s('on 2024-05-17')], object({ month: s('05'), year: s('2024') })],
  ['regexall', [s('(?P<k>\\w+)=(?P<v>\\w*)'), s('a=1 b=')], list([object({ k: s('a'), v: s('1') }), object({ k: s('b'), v: s('') })])],
  ['regex', [s('(?i)^(?P<name>[a-z]+)$'), s('PROD')], object({ name: s('PROD') })],
  ['regex', [s('\\p{Greek}+'), s('abc αβγ')], s('αβγ')],
  ['regexall', [s('[a-z]+'), s('1234abcd5678efgh9')], strs('abcd', 'efgh')],
  ['regexall', [s('[a-z]+'), s('123')], list([])],
  ['regexall', [s('(\\w)=(\\d)'), s('a=1 b=2')], list([tuple([s('a'), s('1')]), tuple([s('b'), s('2')])])],
  ['regexall', [s('a*'), s('baaac')], strs('', 'aaa', '')],
  ['regexall', [s('.'), s('𝄞x')], strs('𝄞', 'x')],

  // replace: literal and /regex/
  ['replace', [s('1 + 2 + 3'), s('+'), s('-')], s('1 - 2 - 3')],
  ['replace', [s('hello world'), s('/w.*d/'), s('everybody')], s('hello everybody')],
  ['replace', [s('hello world'), s('/(h)(e)/'), s('$2$1')], s('ehllo world')],
  ['replace', [s('hello world'), s('/(?P<first>h)/'), s('${first}H')], s('hHello world')],
  ['replace', [s('abc'), s('/(b)/'), s('$1x')], s('ac')],
  ['replace', [s('abc'), s('/(b)/'), s('${1}x')], s('abxc')],
  ['replace', [s('abc'), s('/b/'), s('$$')], s('a$c')],
  ['replace', [s('2024-05-17'), s('/(?P<y>\\d+)-(?P<m>\\d+)-(?P<d>\\d+)/'), s('${d}.${m}.${y}')], s('17.05.2024')],
  ['replace', [s('key=value'), s('/(\\w+)=(\\w+)/'), s('$2=$1 ($3)')], s('value=key ()')],
  ['replace', [s('x'), s('/(?=x)/'), s('_')], { error: 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`', arg: 1 }],
  ['replace', [s('baaac'), s('/a*/'), s('-')], s('-b-c-')],
  ['replace', [s('abc'), s(''), s('-')], s('-a-b-c-')],
  ['replace', [s('a/b'), s('/'), s('_')], s('a_b')],
  ['replace', [s('x'), s('/(/'), s('_')], { error: 'error parsing regexp: missing closing ): `(`', arg: 1 }],

  ['split', [s(','), s('foo')], strs('foo')],
  ['split', [s(','), s('foo,bar,baz')], strs('foo', 'bar', 'baz')],
  ['split', [s(','), s('')], strs('')],
  ['split', [s(''), s('abc')], strs('a', 'b', 'c')],
  ['split', [s(','), s('a,,b,')], strs('a', '', 'b', '')],

  ['strrev', [s('hello')], s('olleh')],
  ['strrev', [s('a ☃')], s('☃ a')],
  ['strrev', [s('e\u0301x')], s('xe\u0301')],
  ['substr', [s('hello world'), num(1), num(4)], s('ello')],
  ['substr', [s('🤔🤷'), num(0), num(1)], s('🤔')],
  ['substr', [s('hello world'), num(-5), num(3)], s('wor')],
  ['substr', [s('hello world'), num(6), num(-1)], s('world')],
  ['substr', [s('hello'), num(2), num(100)], s('llo')],
  ['substr', [s('hello'), num(10), num(1)], s('')],
  ['substr', [s(''), num(0), num(1)], s('')],
  ['substr', [s('hello'), s('1'), s('2')], s('el')],
  ['substr', [s('hello'), num(0.5), num(1)], { error: 'value must be a whole number', arg: 1 }],

  ['title', [s('hello world')], s('Hello World')],
  ['title', [s('hello-world foo_bar')], s('Hello-World Foo_bar')],
  ['title', [s('élan vital')], s('Élan Vital')],
  ['trim', [s('?!hello?!'), s('!?')], s('hello')],
  ['trim', [s('foobar'), s('far')], s('oob')],
  ['trim', [s('   hello! world.!  '), s('! ')], s('hello! world.')],
  ['trimprefix', [s('helloworld'), s('hello')], s('world')],
  ['trimprefix', [s('helloworld'), s('cat')], s('helloworld')],
  ['trimsuffix', [s('helloworld'), s('world')], s('hello')],
  ['trimsuffix', [s('helloworld'), s('cat')], s('helloworld')],
  ['trimspace', [s('  hello\n\n')], s('hello')],
  ['trimspace', [s('\u00a0\t x \u3000')], s('x')],
  ['trimspace', [s('\ufeffx')], s('\ufeffx')],
];

runCases('string', STRING_FUNCTIONS, cases);

// A pattern that backtracks exponentially in a JS RegExp: 60 a's would take longer than the test's
// lifetime there (years), and RE2 answers at once. The timeout fails the test instead of hanging the run.
test('string: regex, regexall and replace run a catastrophic pattern in linear time', { timeout: 20_000 }, () => {
  const fn = (name: string) => STRING_FUNCTIONS.find((f) => f.name === name)!;
  const text = 'a'.repeat(60) + '!';
  assert.throws(() => fn('regex').call([s('(a+)+$'), s(text)], undefined as never), /pattern did not match any part of the given string/);
  assert.deepEqual(fn('regexall').call([s('(a|aa)+$'), s(text)], undefined as never), list([]));
  assert.deepEqual(fn('replace').call([s(text), s('/(a*)*b/'), s('x')], undefined as never), s(text));
  assert.deepEqual(fn('regex').call([s('(a+)+!'), s(text)], undefined as never), tuple([s('a'.repeat(60))]));
});
