import { NULL, num, str, unknown } from '../value';
import { runCases, type Case } from '../../../test/support/function-cases';
import { DATETIME_FUNCTIONS, RUN_TIME } from './datetime';

const s = str;
const T = s('2018-01-02T23:12:01Z');

const cases: Case[] = [
  // the docs' examples
  ['formatdate', [s('DD MMM YYYY hh:mm ZZZ'), T], s('02 Jan 2018 23:12 UTC')],
  ['formatdate', [s('EEEE, DD-MMM-YY hh:mm:ss ZZZ'), T], s('Tuesday, 02-Jan-18 23:12:01 UTC')],
  ['formatdate', [s('EEE, DD MMM YYYY hh:mm:ss ZZZ'), s('2018-01-02T23:12:01-08:00')], s('Tue, 02 Jan 2018 23:12:01 -0800')],
  ['formatdate', [s('MMM DD, YYYY'), T], s('Jan 02, 2018')],
  ['formatdate', [s('HH:mmaa'), T], s('11:12pm')],
  ['formatdate', [s("h 'o''clock'"), s('2018-01-02T03:12:01Z')], s("3 o'clock")],
  // every token
  ['formatdate', [s('YYYY YY MMMM MMM MM M DD D EEEE EEE'), s('2006-03-05T07:08:09Z')], s('2006 06 March Mar 03 3 05 5 Sunday Sun')],
  ['formatdate', [s('hh h HH H AA aa mm m ss s'), s('2006-03-05T00:08:09Z')], s('00 0 12 12 AM am 08 8 09 9')],
  ['formatdate', [s('Z ZZZ ZZZZ ZZZZZ'), s('2006-03-05T07:08:09+05:30')], s('+05:30 +0530 +0530 +05:30')],
  ['formatdate', [s('Z ZZZ ZZZZ ZZZZZ'), s('2006-03-05T07:08:09Z')], s('Z UTC +0000 +00:00')],
  ['formatdate', [s("''"), T], s("'")],
  ['formatdate', [s('YYYY-MM-DD'), s('2018-01-02T23:12:01.123456Z')], s('2018-01-02')],
  ['formatdate', [s('YYY'), T], { error: 'invalid date format verb "YYY": year must either be "YY" or "YYYY"', arg: 0 }],
  ['formatdate', [s('q'), T], { error: 'invalid date format verb "q"', arg: 0 }],
  ['formatdate', [s("'abc"), T], { error: "unterminated literal '", arg: 0 }],
  ['formatdate', [s('YYYY'), s('2018-01-02')], { error: 'not a valid RFC3339 timestamp: end of string where "T" is expected', arg: 1 }],
  ['formatdate', [s('YYYY'), s('2018-01-02 23:12:01Z')], { error: "not a valid RFC3339 timestamp: missing required time introducer 'T'", arg: 1 }],
  ['formatdate', [s('YYYY'), s('18-01-02T23:12:01Z')], { error: 'not a valid RFC3339 timestamp: cannot use "18-01-02T23:12:01Z" as year', arg: 1 }],
  ['formatdate', [s('YYYY'), s('2018-13-02T23:12:01Z')], { error: 'not a valid RFC3339 timestamp: month out of range', arg: 1 }],
  ['formatdate', [s('YYYY'), s('2018-02-30T23:12:01Z')], { error: 'not a valid RFC3339 timestamp: day out of range', arg: 1 }],
  ['formatdate', [s('YYYY'), s('2018-01-02T23:12:01')], { error: 'not a valid RFC3339 timestamp: end of string before UTC offset', arg: 1 }],
  ['formatdate', [s('YYYY'), s('2018-01-02T23:12:01Zjunk')], { error: 'not a valid RFC3339 timestamp: extra text: "junk"', arg: 1 }],
  ['formatdate', [s('YYYY'), unknown('known after apply')], { unknown: 'known after apply' }],

  ['timeadd', [s('2017-11-22T00:00:00Z'), s('10m')], s('2017-11-22T00:10:00Z')],
  ['timeadd', [s('2017-11-22T00:00:00Z'), s('-1h30m')], s('2017-11-21T22:30:00Z')],
  ['timeadd', [s('2017-11-22T00:00:00Z'), s('1.5h')], s('2017-11-22T01:30:00Z')],
  ['timeadd', [s('2017-11-22T00:00:00+02:00'), s('24h')], s('2017-11-23T00:00:00+02:00')],
  ['timeadd', [s('2020-02-28T12:00:00Z'), s('24h')], s('2020-02-29T12:00:00Z')],
  ['timeadd', [s('2017-11-22T00:00:00.9Z'), s('500ms')], s('2017-11-22T00:00:01Z')],
  ['timeadd', [s('2017-11-22T00:00:00Z'), s('0')], s('2017-11-22T00:00:00Z')],
  ['timeadd', [s('2017-11-22T00:00:00Z'), s('1d')], { error: 'time: unknown unit "d" in duration "1d"', arg: 1 }],
  ['timeadd', [s('2017-11-22T00:00:00Z'), s('10')], { error: 'time: missing unit in duration "10"', arg: 1 }],
  ['timeadd', [s('2017-11-22T00:00:00Z'), s('abc')], { error: 'time: invalid duration "abc"', arg: 1 }],
  ['timeadd', [s('nope'), s('1h')], { error: /^not a valid RFC3339 timestamp/, arg: 0 }],

  ['timecmp', [s('2017-11-22T00:00:00Z'), s('2017-11-22T00:00:00Z')], num(0)],
  ['timecmp', [s('2017-11-22T00:00:00Z'), s('2017-11-22T01:00:00Z')], num(-1)],
  ['timecmp', [s('2017-11-22T01:00:00Z'), s('2017-11-22T00:00:00Z')], num(1)],
  ['timecmp', [s('2017-11-22T01:00:00Z'), s('2017-11-22T00:00:00-01:00')], num(0)],
  ['timecmp', [s('2017-11-22T00:00:00.5Z'), s('2017-11-22T00:00:00Z')], num(1)],
  ['timecmp', [s('2017-11-22T00:00:00Z'), s('bad')], { error: /^not a valid RFC3339 timestamp/, arg: 1 }],
  ['timecmp', [NULL, s('2017-11-22T00:00:00Z')], { error: 'argument must not be null', arg: 0 }],

  ['timestamp', [], { unknown: RUN_TIME }],
  ['plantimestamp', [], { unknown: RUN_TIME }],
];

runCases('datetime', DATETIME_FUNCTIONS, cases);
