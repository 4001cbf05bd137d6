/**
 * `kensa scan --format junit`: JUnit XML as CI systems read it (GitLab's Tests tab, Jenkins, Azure
 * DevOps). One test suite per rule that ran, one test case per rule and resource instance it
 * checked: passed when the rule found nothing there, a failure with every finding otherwise. Rules
 * turned off or left out by --check/--skip-check have no cases. Findings about no resource
 * (configuration problems) and the engine's own (suppressions) are failed cases of their own.
 */
import type { Finding, Rule, RuleSetting } from '../../policy';
import type { Category } from '../../policy';

export interface JunitRoot {
  readonly dir: string;
  readonly resources: readonly { readonly address: string; readonly mode: 'managed' | 'data'; readonly type: string; readonly file: string }[];
}

export interface JunitPolicy {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly categories?: Readonly<Partial<Record<Category, boolean>>>;
}

interface Case {
  readonly suite: string;
  readonly name: string;
  readonly file: string;
  readonly findings: Finding[];
}

/** The rule is on under these settings, as the policy engine decides it. */
function enabled(rule: Rule, policy: JunitPolicy): boolean {
  const s = policy.rules?.[rule.id];
  return !(s?.enabled === false || (s?.enabled !== true && policy.categories?.[rule.category] === false));
}

export function junitReport(findings: readonly Finding[], rules: readonly Rule[], roots: readonly JunitRoot[], policy: JunitPolicy, version: string): string {
  const multiRoot = roots.length > 1;
  const label = (root: string, address: string): string => (multiRoot ? `${root}: ${address}` : address);
  const cases = new Map<string, Case>();
  const key = (rule: string, root: string, where: string): string => `${rule}\u0000${root}\u0000${where}`;
  const byTarget = new Map<string, Rule[]>();
  for (const r of rules) {
    if (!enabled(r, policy)) continue;
    for (const t of r.targets) byTarget.set(t, [...(byTarget.get(t) ?? []), r]);
  }
  for (const root of roots) {
    for (const res of root.resources) {
      for (const rule of byTarget.get(res.mode === 'data' ? `data.${res.type}` : res.type) ?? []) {
        cases.set(key(rule.id, root.dir, res.address), { suite: rule.id, name: label(root.dir, res.address), file: res.file, findings: [] });
      }
    }
  }
  for (const f of findings) {
    const root = f.root ?? '.';
    const k = f.resourceAddress ? key(f.ruleId, root, f.resourceAddress) : key(f.ruleId, '', `file:${f.file}`);
    let c = cases.get(k);
    if (!c) {
      c = { suite: f.ruleId, name: f.resourceAddress ? label(root, f.resourceAddress) : f.file, file: f.file, findings: [] };
      cases.set(k, c);
    }
    c.findings.push(f);
  }
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  const suites = new Map<string, Case[]>();
  for (const c of cases.values()) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const names = [...suites.keys()].sort(compare);
  const failed = (c: Case): boolean => c.findings.length > 0;
  const total = cases.size;
  const failures = [...cases.values()].filter(failed).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="kensa scan" tests="${total}" failures="${failures}" errors="0">`];
  for (const name of names) {
    const list = suites.get(name)!.sort((a, b) => compare(a.name, b.name));
    const title = titles.get(name);
    out.push(`  <testsuite name="${xml(name)}" tests="${list.length}" failures="${list.filter(failed).length}" errors="0" skipped="0">`);
    out.push(`    <properties><property name="tool" value="Kensa ${xml(version)}"/>${title ? `<property name="title" value="${xml(title)}"/>` : ''}</properties>`);
    for (const c of list) {
      const head = `    <testcase name="${xml(c.name)}" classname="${xml(name)}" file="${xml(c.file)}"`;
      if (!failed(c)) {
        out.push(`${head}/>`);
        continue;
      }
      const first = c.findings[0]!;
      const body = c.findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.column + 1}: ${f.severity}: ${f.message}${f.fixes.length ? `\nfix (${f.fixes[0]!.applicability}): ${f.fixes[0]!.title}` : ''}`).join('\n');
      out.push(`${head}>`, `      <failure message="${xml(first.message)}" type="${first.severity}">${xml(body, false)}</failure>`, '    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Text for an XML attribute (line breaks kept as references) or content; characters XML 1.0 cannot hold at all are dropped. */
function xml(s: string, attribute = true): string {
  const text = s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return attribute ? text.replace(/\n/g, '&#10;') : text;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
