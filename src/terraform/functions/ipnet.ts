/**
 * Terraform's IP network functions: cidrhost, cidrnetmask, cidrsubnet, cidrsubnets, for IPv4 and
 * IPv6 (addresses as BigInt), following go-cidr's arithmetic and Terraform's error messages.
 * Addresses print as Go prints them: dotted IPv4, RFC 5952 IPv6, IPv4-mapped IPv6 as IPv4.
 */
import { list, str, type Value } from '../value';
import { integerArg, stringArg } from './arguments';
import { FunctionError, type TfFunction } from './function';

interface Network {
  /** The network address (host bits cleared). */
  readonly ip: bigint;
  readonly prefix: number;
  /** 32 or 128. */
  readonly bits: number;
}

function parseIPv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    // Terraform's ipaddr keeps Go 1.16's parser, which reads leading zeros as decimal.
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseIPv6(s: string): bigint | undefined {
  let text = s;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const group = (h: string): bigint[] | undefined => {
    if (h === '') return [];
    const out: bigint[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(BigInt('0x' + g));
    }
    return out;
  };
  const head = group(halves[0]!);
  const rest = halves.length === 2 ? group(halves[1]!) : [];
  if (!head || !rest) return undefined;
  const explicit = head.length + rest.length;
  let groups: bigint[];
  if (halves.length === 2) {
    if (explicit > 7) return undefined;
    groups = [...head, ...Array<bigint>(8 - explicit).fill(0n), ...rest];
  } else {
    groups = head;
    if (groups.length !== 8) return undefined;
  }
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

function parseCidr(s: string, argIndex: number): Network {
  const bad = (): never => {
    throw new FunctionError(`invalid CIDR expression: invalid CIDR address: ${s}`, argIndex);
  };
  const slash = s.indexOf('/');
  if (slash < 0) return bad();
  const addr = s.slice(0, slash);
  const len = s.slice(slash + 1);
  const v4 = addr.includes(':') ? undefined : parseIPv4(addr);
  const ip = v4 ?? (addr.includes(':') ? parseIPv6(addr) : undefined);
  if (ip === undefined) return bad();
  const bits = v4 !== undefined ? 32 : 128;
  if (!/^\d{1,3}$/.test(len) || Number(len) > bits) return bad();
  const prefix = Number(len);
  return { ip: ip & maskOf(prefix, bits), prefix, bits };
}

function maskOf(prefix: number, bits: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return (all << BigInt(bits - prefix)) & all;
}

/** An address as Go's net.IP.String prints it. */
function formatIp(ip: bigint, bits: number): string {
  if (bits === 32 || ip >> 32n === 0xffffn) {
    const v = ip & 0xffffffffn;
    return [24n, 16n, 8n, 0n].map((sh) => String((v >> sh) & 255n)).join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip >> BigInt(112 - 16 * i)) & 0xffffn));
  // the longest run of two or more zero groups becomes "::" (the first, on a tie)
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hexes = groups.map((g) => g.toString(16));
  if (best < 0) return hexes.join(':');
  return `${hexes.slice(0, best).join(':')}::${hexes.slice(best + bestLen).join(':')}`;
}

function formatNet(ip: bigint, prefix: number, bits: number): string {
  // as Go's IPNet.String: an IPv4-mapped IPv6 network prints as the IPv4 network, its prefix counted in 32 bits
  if (bits === 128 && ip >> 32n === 0xffffn && prefix >= 96) return `${formatIp(ip, bits)}/${prefix - 96}`;
  return `${formatIp(ip, bits)}/${prefix}`;
}

const cidrhost: TfFunction = {
  name: 'cidrhost',
  params: ['prefix', 'hostnum'],
  call: (args) => {
    const hostnum = BigInt(integerArg(args, 1));
    const net = parseCidr(stringArg(args, 0), 0);
    const max = (1n << BigInt(net.bits - net.prefix)) - 1n;
    const n = hostnum < 0n ? max - (-hostnum - 1n) : hostnum;
    if (n > max || n < 0n) throw new FunctionError(`prefix of ${net.prefix} does not accommodate a host numbered ${hostnum}`, 1);
    return str(formatIp(net.ip | n, net.bits));
  },
};

const cidrnetmask: TfFunction = {
  name: 'cidrnetmask',
  params: ['prefix'],
  call: (args) => {
    const text = stringArg(args, 0);
    const net = parseCidr(text, 0);
    if (net.bits !== 32) throw new FunctionError(`IPv6 addresses cannot have a netmask: ${text}`, 0);
    return str(formatIp(maskOf(net.prefix, 32), 32));
  },
};

const cidrsubnet: TfFunction = {
  name: 'cidrsubnet',
  params: ['prefix', 'newbits', 'netnum'],
  call: (args) => {
    const newbits = integerArg(args, 1);
    const netnum = BigInt(integerArg(args, 2));
    const net = parseCidr(stringArg(args, 0), 0);
    const prefix = net.prefix + newbits;
    if (newbits < 0) throw new FunctionError(`newbits must not be negative`, 1);
    if (prefix > net.bits) throw new FunctionError(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`, 1);
    if (netnum < 0n || netnum > (1n << BigInt(newbits)) - 1n) {
      throw new FunctionError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`, 2);
    }
    return str(formatNet(net.ip | (netnum << BigInt(net.bits - prefix)), prefix, net.bits));
  },
};

const cidrsubnets: TfFunction = {
  name: 'cidrsubnets',
  params: ['prefix'],
  variadic: 'newbits',
  call: (args) => {
    const net = parseCidr(stringArg(args, 0), 0);
    const lengths = args.slice(1).map((_, i) => integerArg(args, i + 1));
    if (lengths.length === 0) return list([]);
    const size = 1n << BigInt(net.bits);
    const wrap = (x: bigint): bigint => ((x % size) + size) % size;
    const lastOf = (ip: bigint, prefix: number): bigint => ip | ((1n << BigInt(net.bits - prefix)) - 1n);
    // go-cidr's PreviousSubnet/NextSubnet walk, which cidrsubnets is defined by
    let current = { ip: wrap(net.ip - 1n) & maskOf(net.prefix + lengths[0]!, net.bits), prefix: net.prefix + lengths[0]! };
    const out: Value[] = [];
    for (let i = 0; i < lengths.length; i++) {
      const extend = lengths[i]!;
      if (extend < 1) throw new FunctionError('must extend prefix by at least one bit', i + 1);
      if (extend > 32) throw new FunctionError('may not extend prefix by more than 32 bits', i + 1);
      const length = net.prefix + extend;
      if (length > net.bits) {
        throw new FunctionError(`would extend prefix to ${length} bits, which is too long for an ${net.bits === 32 ? 'IPv4' : 'IPv6'} address`, i + 1);
      }
      const mask = maskOf(length, net.bits);
      const inLast = lastOf(current.ip, current.prefix) & mask;
      const after = wrap(lastOf(inLast, length) + 1n);
      const next = after & mask;
      if (after === 0n || (next & maskOf(net.prefix, net.bits)) !== net.ip) {
        throw new FunctionError(
          `not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNet(current.ip, current.prefix, net.bits)}`,
          i + 1,
        );
      }
      current = { ip: next, prefix: length };
      out.push(str(formatNet(next, length, net.bits)));
    }
    return list(out);
  },
};

/** The IP network family, sorted by name. */
export const IPNET_FUNCTIONS: readonly TfFunction[] = [cidrhost, cidrnetmask, cidrsubnet, cidrsubnets];
