/**
 * Cost in a real VS Code: the CodeLens above each priced resource, the hover with its components,
 * the kensa.cost.codeLens setting, "Kensa: Set usage…" from the hover, and "Kensa: Estimate monthly cost", on the fixture projects
 * test/vscode/workspace/shop (fixed prices and usage-based ones) and fleet (a count unknown).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

const fixture = (name: string): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);

type Lens = [line: number, title: string];

async function lenses(uri: vscode.Uri): Promise<Lens[]> {
  const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
  return found.map((l): Lens => [l.range.start.line, l.command?.title ?? '']).sort((a, b) => a[0] - b[0]);
}

async function waitForLenses(uri: vscode.Uri, expected: Lens[], what: string): Promise<void> {
  let last: Lens[] = [];
  const want = JSON.stringify(expected);
  for (const end = Date.now() + 10000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    last = await lenses(uri);
    if (JSON.stringify(last) === want) return;
  }
  assert.deepEqual(last, expected, `timed out waiting for ${what}`);
}

// `kensa cost test/vscode/workspace/shop` prices the same (lines zero-based here).
const SHOP_LENSES: Lens[] = [
  [5, 'usage-based'],
  [14, '$61.54/mo + usage'],
  [34, '$3.65/mo'],
  [38, '$32.85/mo + usage'],
];

describe('cost in VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the monthly cost above each priced resource', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('shop/main.tf')));
    await waitForLenses(fixture('shop/main.tf'), SHOP_LENSES, 'the cost lenses of shop/main.tf');
    await vscode.workspace.openTextDocument(fixture('fleet/main.tf'));
    await waitForLenses(fixture('fleet/main.tf'), [[5, 'unknown: count'], [16, 'usage-based']], 'the cost lenses of fleet/main.tf');
  });

  it('shows the components of a resource in a hover on its first line', async () => {
    const uri = fixture('shop/main.tf');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForLenses(uri, SHOP_LENSES, 'the cost lenses of shop/main.tf');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(14, 3))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*aws_instance\.web\*\* \(us-east-1\): \$61\.54\/mo/);
    assert.ok(text.includes('| Instance usage (Linux, on-demand, t3.large) | 730 hours | $0.0832 | $60.74 |'), text);
    assert.ok(text.includes('| CPU credits (unlimited mode) | – vCPU-hours | $0.05 | usage-based |'), text);
    const none = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(15, 3))) ?? [];
    assert.equal(none.flatMap((h) => h.contents).filter((c) => (typeof c === 'string' ? c : c.value).includes('Unit price')).length, 0);
  });

  it('follows edits to the unsaved buffer', async () => {
    const uri = fixture('shop/main.tf');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForLenses(uri, SHOP_LENSES, 'the cost lenses of shop/main.tf');
    const line = editor.document.lineAt(16);
    assert.equal(line.text, '  instance_type = "t3.large"');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, line.range, '  instance_type = "t3.micro"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitForLenses(uri, SHOP_LENSES.map(([l, t]): Lens => [l, l === 14 ? '$8.39/mo + usage' : t]), 'the instance repriced');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForLenses(uri, SHOP_LENSES, 'the price back after revert');
  });

  it('shows what a module call costs, all its instances and nested resources together', async () => {
    const uri = fixture('modular/main.tf');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // two NAT gateways at $0.045 an hour in us-east-1, data processing left to usage; count = 0 creates nothing to price
    await waitForLenses(uri, [[5, 'module: $65.70/mo + usage']], 'the module call lenses');
  });

  it('turns the lenses off with kensa.cost.codeLens', async () => {
    const uri = fixture('shop/main.tf');
    const settings = vscode.workspace.getConfiguration('kensa.cost');
    await settings.update('codeLens', false, vscode.ConfigurationTarget.Global);
    try {
      await waitForLenses(uri, [], 'no lenses');
    } finally {
      await settings.update('codeLens', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForLenses(uri, SHOP_LENSES, 'the lenses back');
  });

  it('prices with kensa.cost.commitmentDiscount and kensa.cost.spotShare', async () => {
    const uri = fixture('shop/main.tf');
    const settings = vscode.workspace.getConfiguration('kensa.cost');
    await settings.update('commitmentDiscount', { ec2: 0.5, rds: 7 }, vscode.ConfigurationTarget.Global);
    try {
      // half of the t3.large's $60.74 of compute off ($0.0832 -> $0.0416 an hour); the root volume is not discounted; 7 is out of range and left out
      await waitForLenses(uri, SHOP_LENSES.map((l): Lens => (l[0] === 14 ? [14, '$31.17/mo + usage'] : l)), 'the instance at the committed price');
    } finally {
      await settings.update('commitmentDiscount', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForLenses(uri, SHOP_LENSES, 'the on-demand price back');
    await settings.update('spotShare', 1, vscode.ConfigurationTarget.Global);
    try {
      // all of it on spot, at the price data's spot snapshot for t3.large in us-east-1: $0.0409 an hour (kensa cost with pricing.spotShare 1 says the same)
      await waitForLenses(uri, SHOP_LENSES.map((l): Lens => (l[0] === 14 ? [14, '$30.66/mo + usage'] : l)), 'the instance at spot prices');
    } finally {
      await settings.update('spotShare', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForLenses(uri, SHOP_LENSES, 'the on-demand price back');
  });

  it('sets a usage quantity from the hover: kensa.jsonc created, then edited with its comments kept; the estimate follows', async () => {
    const uri = fixture('shop/main.tf');
    const config = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'kensa.jsonc').fsPath;
    assert.ok(!existsSync(config), 'the workspace has no kensa.jsonc to begin with');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForLenses(uri, SHOP_LENSES, 'the cost lenses of shop/main.tf');
    const hoverText = async (line: number): Promise<string> =>
      ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3))) ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    // the hover's link carries the resource; the command is the one the link runs
    const link = /\[Set usage…\]\(command:kensa\.setUsage\?([^ )]+)/.exec(await hoverText(5));
    assert.ok(link, await hoverText(5));
    const [target] = JSON.parse(decodeURIComponent(link[1]!)) as [{ folder: string; address: string; type: string }];
    assert.deepEqual(target, { folder: vscode.workspace.workspaceFolders![0]!.uri.fsPath, address: 'aws_s3_bucket.assets', type: 'aws_s3_bucket' });
    // a resource without usage-based prices offers no link
    assert.doesNotMatch(await hoverText(34), /Set usage/);
    try {
      const result = await vscode.commands.executeCommand<{ file: string; key: string; value: number }>('kensa.setUsage', target, 'standard_storage_gb', 1000);
      assert.deepEqual(result, { file: config, address: 'aws_s3_bucket.assets', key: 'standard_storage_gb', value: 1000 });
      assert.equal(readFileSync(config, 'utf8'), '{\n  "usage": {\n    "aws_s3_bucket.assets": {\n      "standard_storage_gb": 1000\n    }\n  }\n}\n');
      // 1,000 GB of S3 Standard at $0.023 a GB-month; requests still left to usage
      await waitForLenses(uri, SHOP_LENSES.map((l): Lens => (l[0] === 5 ? [5, '$23.00/mo + usage'] : l)), 'the bucket priced with its storage');

      // a comment in the file survives the next edit, and the NAT gateway's data follows
      writeFileSync(config, '// usage measured in May\n' + readFileSync(config, 'utf8'));
      const nat = { ...target, address: 'aws_nat_gateway.main', type: 'aws_nat_gateway' };
      await vscode.commands.executeCommand('kensa.setUsage', nat, 'monthly_data_processed_gb', 100);
      const text = readFileSync(config, 'utf8');
      assert.ok(text.startsWith('// usage measured in May\n{'), text);
      // written on disk without opening it: no buffer of it lingers for the analysis to read
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === config));
      assert.match(text, /"aws_nat_gateway\.main": \{\n\s+"monthly_data_processed_gb": 100\n\s+\}/);
      assert.match(text, /"standard_storage_gb": 1000/);
      // $0.045 a GB processed on top of $32.85
      await waitForLenses(uri, SHOP_LENSES.map((l): Lens => (l[0] === 5 ? [5, '$23.00/mo + usage'] : l[0] === 38 ? [38, '$37.35/mo'] : l)), 'the NAT gateway priced with its data');
      const summary = await vscode.commands.executeCommand<{ total: number }>('kensa.estimateCost', uri);
      assert.equal(summary.total, Math.round((98.04 + 23 + 4.5) * 100) / 100);
    } finally {
      rmSync(config, { force: true });
      await vscode.commands.executeCommand('kensa.refresh');
    }
    await waitForLenses(uri, SHOP_LENSES, 'the prices back without kensa.jsonc');
  });

  it('estimates the monthly cost of a root module and returns a summary', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('kensa.estimateCost'));
    const summary = await vscode.commands.executeCommand<{ roots: string[]; total: number; resources: { address: string; monthlyCost: number | null; line: number }[] }>(
      'kensa.estimateCost',
      fixture('shop/main.tf'),
    );
    assert.deepEqual(summary.roots, [fixture('shop').fsPath]);
    assert.equal(summary.total, 98.04);
    assert.deepEqual(
      summary.resources.map((r) => [r.address, r.monthlyCost === null ? null : Math.round(r.monthlyCost * 100) / 100, r.line]),
      [
        ['aws_s3_bucket.assets', 0, 6],
        ['aws_instance.web', 61.54, 15],
        ['aws_eip.nat', 3.65, 35],
        ['aws_nat_gateway.main', 32.85, 39],
      ],
    );
    const fleet = await vscode.commands.executeCommand<{ total: number; resources: { address: string; monthlyCost: number | null }[] }>('kensa.estimateCost', fixture('fleet/main.tf'));
    assert.equal(fleet.total, 0);
    assert.deepEqual(fleet.resources.map((r) => [r.address, r.monthlyCost]), [['aws_instance.worker[*]', null], ['aws_sqs_queue.jobs', 0]]);
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Kensa: monthly cost'),
      'the cost report tab',
    );
    assert.ok(tab);
  });
});
