/**
 * Policy findings in a real VS Code, on the fixture project test/vscode/workspace/shop (a public
 * bucket ACL, an instance without IMDSv2, a NAT gateway): the diagnostics of the workspace scan,
 * quick fixes applied through the code action API, "fix all", "ignore with a reason", the rule
 * documentation command, and diagnostics following edits, files written on disk and kensa.jsonc.
 * Every test leaves the files as it found them (buffers reverted, files written removed).
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

const fixture = (name: string): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
const SHOP = (): vscode.Uri => fixture('shop/main.tf');

/** A policy finding as the user sees it: the rule id, the zero-based line, the severity. */
type Seen = [ruleId: string, line: number, severity: 'error' | 'warning' | 'info'];

const severity = (s: vscode.DiagnosticSeverity): Seen[2] => (s === vscode.DiagnosticSeverity.Error ? 'error' : s === vscode.DiagnosticSeverity.Warning ? 'warning' : 'info');

const ruleOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : undefined);

function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kensa' && ruleOf(d) !== undefined);
}

function seen(uri: vscode.Uri): Seen[] {
  return findings(uri)
    .map((d): Seen => [ruleOf(d)!, d.range.start.line, severity(d.severity)])
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
}

// What `kensa scan test/vscode/workspace/shop` reports, one-based there, zero-based here.
const SHOP_FINDINGS: Seen[] = [
  ['aws-s3-access-logging-disabled', 5, 'warning'],
  ['aws-s3-bucket-insecure-transport', 5, 'warning'],
  ['aws-s3-encryption-without-cmk', 5, 'warning'],
  ['aws-s3-object-read-events-not-logged', 5, 'info'],
  ['aws-s3-object-write-events-not-logged', 5, 'info'],
  ['aws-s3-public-access-block-missing', 5, 'warning'],
  ['aws-s3-versioning-disabled', 5, 'warning'],
  ['aws-s3-public-acl', 11, 'error'],
  ['aws-ec2-block-device-unencrypted', 14, 'warning'],
  ['aws-ec2-detailed-monitoring-disabled', 14, 'info'],
  ['aws-ec2-imdsv1-enabled', 14, 'error'],
  ['aws-ec2-instance-profile-missing', 14, 'info'],
  ['aws-instance-untagged', 14, 'info'],
  ['aws-ec2-graviton-alternative', 16, 'info'],
  ['aws-vpc-flow-logs-missing', 20, 'warning'],
];

const without = (list: Seen[], ruleId: string): Seen[] => list.filter((s) => s[0] !== ruleId);

async function waitForFindings(uri: vscode.Uri, expected: Seen[], what: string): Promise<void> {
  const want = JSON.stringify(expected);
  try {
    await waitFor(() => (JSON.stringify(seen(uri)) === want ? true : undefined), what);
  } catch (e) {
    assert.deepEqual(seen(uri), expected, String(e));
  }
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** The code actions VS Code offers for a finding of `ruleId` (the first one in the file). */
async function actionsFor(uri: vscode.Uri, ruleId: string): Promise<vscode.CodeAction[]> {
  const diagnostic = findings(uri).find((d) => ruleOf(d) === ruleId);
  assert.ok(diagnostic, `a ${ruleId} finding in ${uri.path}`);
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range)) ?? [];
}

async function apply(action: vscode.CodeAction | undefined, what: string): Promise<void> {
  assert.ok(action, `a code action "${what}"`);
  assert.ok(action.edit, `"${what}" carries an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

async function revert(uri: vscode.Uri): Promise<void> {
  await open(uri);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('policy findings in VS Code', () => {
  afterEach(async () => {
    await revert(SHOP());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports the exact findings of shop/main.tf from the workspace scan', async () => {
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings of shop/main.tf');
  });

  it('names the rule as the code, linked to its documentation, and shows the documentation', async () => {
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings of shop/main.tf');
    const acl = findings(SHOP()).find((d) => ruleOf(d) === 'aws-s3-public-acl')!;
    assert.equal(acl.message, 'The "public-read" ACL makes this bucket\'s objects readable by anyone.');
    assert.deepEqual([acl.range.start.line, acl.range.start.character, acl.range.end.line, acl.range.end.character], [11, 2, 11, 24]);
    const target = (acl.code as { target: vscode.Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'kensa.showRuleDocs');
    const args = JSON.parse(decodeURIComponent(target.query)) as string[];
    assert.deepEqual(args, ['aws-s3-public-acl']);
    const docs = await vscode.commands.executeCommand<vscode.Uri>('kensa.showRuleDocs', ...args);
    const text = (await vscode.workspace.openTextDocument(docs)).getText();
    assert.match(text, /^# aws-s3-public-acl\n\n\*\*[^*]+\*\*: error, security, safe fix\. Applies to `aws_s3_bucket`, `aws_s3_bucket_acl`\./);
    assert.match(text, /\*\*Fix:\*\* /);
  });

  it('fixes a public ACL with the preferred quick fix; the finding goes', async () => {
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings of shop/main.tf');
    const { document } = await open(SHOP());
    const actions = await actionsFor(SHOP(), 'aws-s3-public-acl');
    const fix = actions.find((a) => a.title === 'Use the "private" ACL');
    assert.equal(fix?.isPreferred, true);
    await apply(fix, 'Use the "private" ACL');
    assert.equal(document.lineAt(11).text, '  acl    = "private"');
    await waitForFindings(SHOP(), without(SHOP_FINDINGS, 'aws-s3-public-acl'), 'the public ACL finding to go');
  });

  it('requires IMDSv2 with a quick fix that adds a metadata_options block', async () => {
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings of shop/main.tf');
    const { document } = await open(SHOP());
    const before = document.getText();
    const actions = await actionsFor(SHOP(), 'aws-ec2-imdsv1-enabled');
    await apply(
      actions.find((a) => a.title === 'Require IMDSv2 (http_tokens = "required")'),
      'Require IMDSv2',
    );
    const instance = document.getText().split('\n').slice(14, 23).join('\n');
    assert.equal(
      instance,
      [
        'resource "aws_instance" "web" {',
        '  ami           = "ami-0123456789abcdef0"',
        '  instance_type = "t3.large"',
        '  subnet_id     = aws_subnet.private.id',
        '',
        '  metadata_options {',
        '    http_tokens = "required"',
        '  }',
        '}',
      ].join('\n'),
    );
    assert.notEqual(document.getText(), before);
    // the four lines added move the findings below them
    const moved = without(SHOP_FINDINGS, 'aws-ec2-imdsv1-enabled').map(([r, l, s]): Seen => [r, l > 16 ? l + 4 : l, s]);
    await waitForFindings(SHOP(), moved, 'the IMDSv1 finding to go');
  });

  it('ignores a finding with a reason: the comment goes above the block, in its indentation', async () => {
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings of shop/main.tf');
    const { document } = await open(SHOP());
    const actions = await actionsFor(SHOP(), 'aws-s3-public-acl');
    const ignore = actions.find((a) => a.title.startsWith('Ignore aws-s3-public-acl'));
    assert.ok(ignore?.command, 'an ignore action with a command');
    assert.equal(ignore.command.command, 'kensa.ignoreFinding');
    // the reason is the argument the input box would otherwise ask for
    const done = await vscode.commands.executeCommand<boolean>(ignore.command.command, ...(ignore.command.arguments ?? []), 'public website assets');
    assert.equal(done, true);
    assert.equal(document.lineAt(11).text, '  # kensa:ignore aws-s3-public-acl public website assets');
    assert.equal(document.lineAt(12).text, '  acl    = "public-read"');
    // every finding below the new line moves down one
    const moved = without(SHOP_FINDINGS, 'aws-s3-public-acl').map(([r, l, s]): Seen => [r, l > 11 ? l + 1 : l, s]);
    await waitForFindings(SHOP(), moved, 'the ignored finding to go, and no suppression finding');
  });

  it('follows typing: a second public ACL appears, and "fix all" makes both private', async () => {
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings of shop/main.tf');
    const { document } = await open(SHOP());
    const end = document.lineAt(document.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(SHOP(), end, '\nresource "aws_s3_bucket_acl" "more" {\n  bucket = aws_s3_bucket.assets.id\n  acl    = "public-read-write"\n}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const second = document.lineCount - 3;
    await waitForFindings(SHOP(), [...SHOP_FINDINGS, ['aws-s3-public-acl', second, 'error']], 'the typed public ACL to be reported');
    const actions = await actionsFor(SHOP(), 'aws-s3-public-acl');
    await apply(
      actions.find((a) => a.title === 'Fix all aws-s3-public-acl in this file'),
      'Fix all aws-s3-public-acl in this file',
    );
    assert.equal(document.lineAt(11).text, '  acl    = "private"');
    assert.equal(document.lineAt(second).text, '  acl    = "private"');
    await waitForFindings(SHOP(), without(SHOP_FINDINGS, 'aws-s3-public-acl'), 'both public ACL findings to go');
  });

  it('follows files written on disk, and kensa.jsonc', async () => {
    const extra = fixture('shop/extra.tf');
    // the settings of the analyzed folder: kensa.jsonc is looked for from there upwards
    const config = fixture('kensa.jsonc');
    try {
      writeFileSync(extra.fsPath, 'resource "aws_s3_bucket_acl" "extra" {\n  bucket = "shop-extra"\n  acl    = "public-read"\n}\n');
      await waitForFindings(extra, [['aws-s3-public-acl', 2, 'error']], 'the finding of a file created on disk');
      writeFileSync(config.fsPath, '{\n  // the shop serves its assets publicly\n  "rules": { "aws-s3-public-acl": "off" }\n}\n');
      await waitForFindings(extra, [], 'the rule turned off in kensa.jsonc');
      await waitForFindings(SHOP(), without(SHOP_FINDINGS, 'aws-s3-public-acl'), 'the rule off for shop/main.tf too');
    } finally {
      rmSync(extra.fsPath, { force: true });
      rmSync(config.fsPath, { force: true });
    }
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings back once the files are gone');
    await waitForFindings(extra, [], 'nothing for the deleted file');
  });

  it('follows the kensa.rules and kensa.exclude settings', async () => {
    const settings = vscode.workspace.getConfiguration('kensa');
    await settings.update('rules', { 'aws-s3-versioning-disabled': 'off', 'aws-ec2-imdsv1-enabled': 'warning', 'aws-s3-public-acl': 'bogus' }, vscode.ConfigurationTarget.Global);
    try {
      // an invalid entry is left out: that rule keeps its own severity
      const expected = without(SHOP_FINDINGS, 'aws-s3-versioning-disabled').map((f): Seen => (f[0] === 'aws-ec2-imdsv1-enabled' ? [f[0], f[1], 'warning'] : f));
      await waitForFindings(SHOP(), expected, 'one rule off and one at another severity');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings back once kensa.rules is gone');
    await settings.update('exclude', ['shop'], vscode.ConfigurationTarget.Global);
    try {
      await waitForFindings(SHOP(), [], 'nothing for an excluded folder');
    } finally {
      await settings.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForFindings(SHOP(), SHOP_FINDINGS, 'the findings back once kensa.exclude is gone');
  });
});

describe('findings per resource instance in VS Code', () => {
  // test/vscode/workspace/instances: a module with a public ACL called twice, and a public ACL with count = 2
  const MAIN = (): vscode.Uri => fixture('instances/main.tf');
  const BUCKET = (): vscode.Uri => fixture('instances/bucket/main.tf');
  const MESSAGE = 'The "public-read" ACL makes this bucket\'s objects readable by anyone.';

  afterEach(async () => {
    await revert(BUCKET());
    await revert(MAIN());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows one diagnostic per place, naming its instances, with the quick fix offered once', async () => {
    // one entry each: the two instances of a place are one diagnostic
    await waitForFindings(BUCKET(), [['aws-s3-public-acl', 2, 'error']], 'one diagnostic in the module called twice');
    await waitForFindings(MAIN(), [['aws-s3-public-acl', 16, 'error']], 'one diagnostic for the count = 2 resource');
    assert.deepEqual(
      findings(BUCKET()).map((d) => d.message),
      [`${MESSAGE} (2 instances: module.old.aws_s3_bucket_acl.this, module.new.aws_s3_bucket_acl.this)`],
    );
    assert.deepEqual(findings(MAIN()).map((d) => d.message), [`${MESSAGE} (2 instances: aws_s3_bucket_acl.pair[0], aws_s3_bucket_acl.pair[1])`]);

    const { document } = await open(BUCKET());
    const actions = await actionsFor(BUCKET(), 'aws-s3-public-acl');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Use the "private" ACL', 'Ignore aws-s3-public-acl here, with a reason…'],
      'the fix once, no "fix all" for what is one place',
    );
    await apply(actions[0], 'Use the "private" ACL');
    assert.equal(document.lineAt(2).text, '  acl    = "private"');
    await waitForFindings(BUCKET(), [], 'the fix in the module file clears both instances');
    await waitForFindings(MAIN(), [['aws-s3-public-acl', 16, 'error']], 'the count = 2 resource untouched');
  });
});
