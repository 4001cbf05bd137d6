import { list, num, str, unknown } from '../value';
import { runCases, type Case } from '../../../test/support/function-cases';
import { IPNET_FUNCTIONS } from './ipnet';

const s = str;
const strs = (...xs: string[]) => list(xs.map((x) => str(x)));

const cases: Case[] = [
  ['cidrhost', [s('10.12.112.0/20'), num(16)], s('10.12.112.16')],
  ['cidrhost', [s('10.12.112.0/20'), num(268)], s('10.12.113.12')],
  ['cidrhost', [s('fd00:fd12:3456:7890:00a2::/72'), num(34)], s('fd00:fd12:3456:7890::22')],
  ['cidrhost', [s('10.0.0.0/24'), num(-1)], s('10.0.0.255')],
  ['cidrhost', [s('10.0.0.0/24'), num(-256)], s('10.0.0.0')],
  ['cidrhost', [s('10.0.0.7/24'), s('5')], s('10.0.0.5')],
  ['cidrhost', [s('192.168.1.0/30'), num(4)], { error: 'prefix of 30 does not accommodate a host numbered 4', arg: 1 }],
  ['cidrhost', [s('192.168.1.0/30'), num(-5)], { error: 'prefix of 30 does not accommodate a host numbered -5', arg: 1 }],
  ['cidrhost', [s('10.0.0.0/33'), num(1)], { error: 'invalid CIDR expression: invalid CIDR address: 10.0.0.0/33', arg: 0 }],
  ['cidrhost', [s('10.0.0.0'), num(1)], { error: 'invalid CIDR expression: invalid CIDR address: 10.0.0.0', arg: 0 }],
  ['cidrhost', [s('10.0.0.256/8'), num(1)], { error: /^invalid CIDR expression/, arg: 0 }],
  ['cidrhost', [s('10.0.0.0/8'), num(1.5)], { error: 'value must be a whole number', arg: 1 }],
  ['cidrhost', [s('::/0'), num(1)], s('::1')],
  ['cidrhost', [s('2001:db8::/32'), num(0)], s('2001:db8::')],
  ['cidrhost', [s('2001:db8:0:0:1:0:0:0/96'), num(1)], s('2001:db8::1:0:0:1')],
  ['cidrhost', [s('::ffff:10.0.0.0/120'), num(5)], s('10.0.0.5')],
  ['cidrhost', [s('64:ff9b::10.0.0.0/120'), num(5)], s('64:ff9b::a00:5')],
  ['cidrhost', [unknown('known after apply'), num(1)], { unknown: 'known after apply' }],

  ['cidrnetmask', [s('172.16.0.0/12')], s('255.240.0.0')],
  ['cidrnetmask', [s('10.0.0.0/32')], s('255.255.255.255')],
  ['cidrnetmask', [s('0.0.0.0/0')], s('0.0.0.0')],
  ['cidrnetmask', [s('fd00::/64')], { error: 'IPv6 addresses cannot have a netmask: fd00::/64', arg: 0 }],

  ['cidrsubnet', [s('172.16.0.0/12'), num(4), num(2)], s('172.18.0.0/16')],
  ['cidrsubnet', [s('10.1.2.0/24'), num(4), num(15)], s('10.1.2.240/28')],
  ['cidrsubnet', [s('fd00:fd12:3456:7890::/56'), num(16), num(162)], s('fd00:fd12:3456:7800:a200::/72')],
  ['cidrsubnet', [s('10.1.2.3/16'), num(8), num(5)], s('10.1.5.0/24')],
  ['cidrsubnet', [s('10.0.0.0/16'), num(0), num(0)], s('10.0.0.0/16')],
  ['cidrsubnet', [s('10.0.0.0/16'), num(17), num(0)], { error: 'insufficient address space to extend prefix of 16 by 17', arg: 1 }],
  ['cidrsubnet', [s('10.0.0.0/16'), num(4), num(16)], { error: 'prefix extension of 4 does not accommodate a subnet numbered 16', arg: 2 }],
  ['cidrsubnet', [s('10.0.0.0/16'), num(4), num(-1)], { error: 'prefix extension of 4 does not accommodate a subnet numbered -1', arg: 2 }],

  ['cidrsubnets', [s('10.1.0.0/16'), num(4), num(4), num(8), num(4)], strs('10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20')],
  [
    'cidrsubnets',
    [s('fd00:fd12:3456:7890::/56'), num(16), num(16), num(16), num(32)],
    strs('fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72', 'fd00:fd12:3456:7800:300::/88'),
  ],
  ['cidrsubnets', [s('10.0.0.0/8'), num(8), num(4)], strs('10.0.0.0/16', '10.16.0.0/12')],
  ['cidrsubnets', [s('10.0.0.0/24'), num(1), num(1)], strs('10.0.0.0/25', '10.0.0.128/25')],
  ['cidrsubnets', [s('10.0.0.0/24')], strs()],
  ['cidrsubnets', [s('10.0.0.0/24'), num(1), num(1), num(1)], { error: 'not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25', arg: 3 }],
  ['cidrsubnets', [s('10.0.0.0/24'), num(0)], { error: 'must extend prefix by at least one bit', arg: 1 }],
  ['cidrsubnets', [s('10.0.0.0/24'), num(2), num(9)], { error: 'would extend prefix to 33 bits, which is too long for an IPv4 address', arg: 2 }],
  ['cidrsubnets', [s('fd00::/64'), num(33)], { error: 'may not extend prefix by more than 32 bits', arg: 1 }],
  ['cidrsubnets', [s('nope'), num(1)], { error: 'invalid CIDR expression: invalid CIDR address: nope', arg: 0 }],
];

runCases('ipnet', IPNET_FUNCTIONS, cases);
