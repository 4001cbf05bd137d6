/**
 * Restricted Mode in a real VS Code (`run-e2e.mjs --restricted`: workspace trust on, the test
 * workspace not trusted). Kensa analyses, fixes and prices as in a trusted workspace, and runs no
 * program: "Kensa: Review branch" would run git, which follows the repository's own configuration,
 * so it declines. The repository here names a checkout filter in its .git/config that leaves a
 * marker file: git running a checkout in it runs the filter (checked first), Kensa must not.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { sleep, waitFor } from './wait-for';

const SHOP = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'shop/main.tf');

describe('Restricted Mode', () => {
  let repo = '';
  let marker = '';
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Kensa test', ...args], { cwd: repo, encoding: 'utf8' });

  before(() => {
    repo = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-restricted-e2e-')));
    marker = join(repo, '..', `${repo.split('/').pop()}-filter-ran`);
    git('init', '--quiet', '--initial-branch=main');
    // what a hostile repository can carry: a filter that runs a program on every checkout
    git('config', 'filter.mark.smudge', `touch '${marker}' && cat`);
    git('config', 'filter.mark.clean', 'cat');
    writeFileSync(join(repo, '.gitattributes'), '*.tf filter=mark\n');
    writeFileSync(join(repo, 'main.tf'), 'resource "aws_s3_bucket" "logs" {\n  bucket = "kensa-restricted-logs"\n}\n');
    git('add', '.gitattributes', 'main.tf');
    git('commit', '--quiet', '-m', 'base');
  });

  after(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(marker, { force: true });
  });

  it('runs in a workspace that is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('analyses the workspace as usual: findings, quick fixes and cost lenses', async () => {
    const doc = await vscode.workspace.openTextDocument(SHOP());
    await vscode.window.showTextDocument(doc);
    const acl = await waitFor(
      () => vscode.languages.getDiagnostics(SHOP()).find((d) => d.source === 'kensa' && typeof d.code === 'object' && d.code.value === 'aws-s3-public-acl'),
      'the public ACL finding',
      30000,
    );
    assert.equal(acl.range.start.line, 11);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', SHOP(), acl.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.title === 'Use the "private" ACL'), actions.map((a) => a.title).join(', '));
    const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', SHOP(), 100)) ?? [];
    const titles = found.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('$61.54/mo + usage'), titles.join(' | '));
  });

  it('declines "Review branch": git would follow the repository\'s configuration', async () => {
    // the filter is real: a checkout by git runs it
    rmSync(join(repo, 'main.tf'));
    git('checkout', '--', 'main.tf');
    assert.ok(existsSync(marker), 'git ran the checkout filter');
    rmSync(marker);

    const summary = await vscode.commands.executeCommand('kensa.reviewBranch', { base: 'main', folder: repo });
    assert.equal(summary, undefined);
    await sleep(1000);
    assert.equal(existsSync(marker), false, 'Kensa ran git in an untrusted workspace');
    assert.equal(git('worktree', 'list').trim().split('\n').length, 1, 'no worktree was added');
  });
});
