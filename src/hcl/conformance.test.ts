/**
 * hcl2json conformance: every fixture under testdata/ converted by our parser and emitter must
 * deep-equal what HashiCorp's hcl2json (the @cdktf/hcl2json WebAssembly build) makes of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as oracle } from '@cdktf/hcl2json';
import { fromRoot } from '../../test/support/paths';
import { toHcl2Json } from './hcl2json';
import { parseHcl } from './parser';

const dir = fromRoot('src', 'hcl', 'testdata');
const fixtures = readdirSync(dir)
  .filter((name) => /\.(tf|tfvars|hcl)$/.test(name))
  .sort();

/** Fixtures that fail because of a parser bug listed in /tmp/parser-bugs.md, with its title. */
const knownParserBugs: Record<string, string> = {
};

/** Inputs hcl2json rejects as syntax errors: our parser must report an error for each. */
const invalid: readonly (readonly [string, string, string?])[] = [
  ['nested block in a one-line block', 'a { b {} }\n'],
  ['trailing dot after a number', 'a = 1.\n'],
  ['number starting with a dot', 'a = .5\n'],
  ['hexadecimal number', 'a = 0x10\n'],
  ['keyword as a for variable', 'b = {for = 1, if = 2}\n'],
  ['two attributes on one line', 'a = {\n  b = 1 c = 2\n}\n'],
  ['nested attribute-only splat', 'c = x.*.y.*.z\n'],
  ['expansion not last', 'b = foo(\n  a,\n  b...,\n)\n'],
  ['newline in a quoted string', 'a = "x\ny"\n'],
  ['carriage return in a quoted string', 'a = "x\ry"\n'],
  ['unclosed interpolation', 'a = "${x"\n'],
  ['missing endif', 'a = "%{if x}y"\n'],
  ['unclosed block', 'a {\n  b = 1\n'],
  ['JSON text', '{"resource": {"a": {"b": {}}}}\n'],
  ['unterminated heredoc', 'a = <<EOT\nx\n'],
  ['duplicate attribute', 'a = 1\na = 2\n'],
  ['lone carriage return', 'a = 1\rb = 2\n'],
  ['heredoc marker at end of file', 'a = <<EOT\nx\nEOT'],
  ['unterminated block comment', 'a = 1\n/* unterminated\n'],
  ['lone carriage return in a heredoc', 'a = <<EOT\nx\ry\nEOT\n'],
];

/** Inputs hcl2json parses but cannot convert: toHcl2Json must throw too. */
const unconvertible: readonly (readonly [string, string])[] = [
  ['block with and then without labels', 'z "a" {}\nz {}\n'],
  ['block without and then with labels', 'w {}\nw "a" {}\n'],
  ['blocks with one and two labels', 'a "x" {}\na "x" "y" {}\n'],
  ['negated bool literal', 'a = -true\n'],
  ['negated null', 'a = -null\n'],
];

test('testdata holds the conformance fixtures', () => {
  assert.ok(fixtures.length >= 20, `only ${fixtures.length} fixtures in ${dir}`);
});

for (const name of fixtures) {
  const todo = knownParserBugs[name];
  test(`hcl2json conformance: ${name}`, todo ? { todo: `parser bug: ${todo}` } : {}, async () => {
    const text = readFileSync(join(dir, name), 'utf8');
    const file = parseHcl(text, name);
    assert.deepEqual(
      file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.summary}`),
      [],
    );
    const expected: unknown = await oracle(name, text);
    assert.deepEqual(toHcl2Json(file), expected);
  });
}


for (const [name, text, todo] of invalid) {
  test(`hcl2json conformance rejects: ${name}`, todo ? { todo: `parser bug: ${todo}` } : {}, async () => {
    await assert.rejects(oracle('invalid.tf', text), /parse config/);
    const errors = parseHcl(text, 'invalid.tf').diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length > 0, 'hcl2json reports a syntax error here, the parser none');
  });
}

for (const [name, text] of unconvertible) {
  test(`hcl2json conformance cannot convert: ${name}`, async () => {
    await assert.rejects(oracle('unconvertible.tf', text), /convert/);
    const file = parseHcl(text, 'unconvertible.tf');
    assert.deepEqual(file.diagnostics, []);
    assert.throws(() => toHcl2Json(file));
  });
}
