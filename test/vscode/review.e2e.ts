/**
 * "Kensa: Review branch" in a real VS Code: a throwaway git repository in os.tmpdir() (the test
 * workspace is not one) whose main branch holds an S3 bucket; the working tree adds a public-read
 * ACL and a NAT gateway. The command, given `{ base, folder }`, must find one new finding and the
 * NAT gateway's catalogue price as the delta, honour unsaved edits and the Terraform workspace
 * picked, and leave no worktree behind.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './wait-for';

interface Summary {
  base: string;
  newFindings: number;
  fixedFindings: number;
  costBefore: number;
  costAfter: number;
  costDelta: number;
}

const BASE = `provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "kensa-review-logs"
}
`;

const ADDED = `
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "public-read"
}

resource "aws_s3_bucket_acl" "by_workspace" {
  bucket = aws_s3_bucket.logs.id
  acl    = terraform.workspace == "public" ? "public-read" : "private"
}

resource "aws_nat_gateway" "main" {
  allocation_id = "eipalloc-123"
  subnet_id     = "subnet-123"
}
`;

describe('review branch in VS Code', () => {
  let repo = '';
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Kensa test', ...args], { cwd: repo, encoding: 'utf8' });

  before(() => {
    repo = realpathSync(mkdtempSync(join(tmpdir(), 'kensa-review-e2e-')));
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(join(repo, 'main.tf'), BASE);
    git('add', 'main.tf');
    git('commit', '--quiet', '-m', 'base');
    git('switch', '--quiet', '-c', 'feature');
    appendFileSync(join(repo, 'main.tf'), ADDED);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(repo, { recursive: true, force: true });
  });

  it('compares the working tree with a base branch and returns a summary', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('kensa.reviewBranch'));
    const summary = await vscode.commands.executeCommand<Summary>('kensa.reviewBranch', { base: 'main', folder: repo });
    assert.deepEqual(summary, { base: 'main', newFindings: 1, fixedFindings: 0, costBefore: 0, costAfter: 32.85, costDelta: 32.85 });
    // the base's temporary worktree is gone
    assert.equal(git('worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).length, 1);
    const tab = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Kensa: review'),
      'the review tab',
    );
    assert.ok(tab);
  });

  it('reviews unsaved edits as they are shown', async () => {
    const uri = vscode.Uri.file(join(repo, 'main.tf'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const text = editor.document.getText();
    const at = text.indexOf('"public-read"');
    assert.ok(at > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + '"public-read"'.length)), '"private"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const summary = await vscode.commands.executeCommand<Summary>('kensa.reviewBranch', { base: 'main', folder: repo });
      assert.equal(summary.newFindings, 0);
      assert.equal(summary.costDelta, 32.85);
    } finally {
      // the review panel may hold the focus: revert the document's own editor
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.ok(!editor.document.isDirty);
  });

  it('evaluates both sides in the Terraform workspace picked', async () => {
    await vscode.commands.executeCommand('kensa.selectWorkspace', 'public');
    try {
      const summary = await vscode.commands.executeCommand<Summary>('kensa.reviewBranch', { base: 'main', folder: repo });
      assert.equal(summary.newFindings, 2);
    } finally {
      await vscode.commands.executeCommand('kensa.selectWorkspace', 'default');
    }
  });

  it('follows kensa.rules like the Problems panel', async () => {
    const settings = vscode.workspace.getConfiguration('kensa');
    await settings.update('rules', { 'aws-s3-public-acl': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      const summary = await vscode.commands.executeCommand<Summary>('kensa.reviewBranch', { base: 'main', folder: repo });
      assert.deepEqual(summary, { base: 'main', newFindings: 0, fixedFindings: 0, costBefore: 0, costAfter: 32.85, costDelta: 32.85 });
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('says so and returns nothing for an unknown base', async () => {
    const summary = await vscode.commands.executeCommand<Summary | undefined>('kensa.reviewBranch', { base: 'no-such-branch', folder: repo });
    assert.equal(summary, undefined);
  });
});
