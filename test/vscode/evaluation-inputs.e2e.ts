/**
 * The status bar pickers in a real VS Code, on test/vscode/workspace/inputs: a variables file
 * picked with kensa.selectVarFiles sets `acl` to public-read, and the Terraform workspace picked
 * with kensa.selectWorkspace makes terraform.workspace "public"; each must make the public ACL
 * finding appear on its line, and go again when unpicked.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sleep, waitFor } from './wait-for';

const fixture = (name: string): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);

/** Zero-based lines of the aws-s3-public-acl findings in inputs/main.tf. */
function publicAclLines(): number[] {
  return vscode.languages
    .getDiagnostics(fixture('inputs/main.tf'))
    .filter((d) => d.source === 'kensa' && typeof d.code === 'object' && String(d.code.value) === 'aws-s3-public-acl')
    .map((d) => d.range.start.line)
    .sort((a, b) => a - b);
}

async function waitForLines(expected: number[], what: string): Promise<void> {
  let last: number[] = [];
  for (const end = Date.now() + 10000; Date.now() < end; await sleep(100)) {
    last = publicAclLines();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
  }
  assert.deepEqual(last, expected, `timed out waiting for ${what}`);
}

describe('variables files and Terraform workspace pickers', () => {
  after(async () => {
    await vscode.commands.executeCommand('kensa.selectVarFiles', [], fixture('inputs'));
    await vscode.commands.executeCommand('kensa.selectVarFiles', [], fixture('shop'));
    await vscode.commands.executeCommand('kensa.selectWorkspace', 'default');
  });

  it('evaluates with the variables files picked, and without them again', async () => {
    await waitForLines([], 'no public ACL with the default acl');
    const picked = await vscode.commands.executeCommand<string[]>('kensa.selectVarFiles', [fixture('inputs/public.tfvars')]);
    assert.equal(picked.length, 1);
    assert.ok(picked[0]!.endsWith('/inputs/public.tfvars'), picked[0]);
    await waitForLines([15], 'the public ACL set by public.tfvars');
    // the finding names the bucket the ACL configures, and says where the value came from: the variable's declaration and the tfvars line
    const acl = vscode.languages.getDiagnostics(fixture('inputs/main.tf')).find((d) => d.source === 'kensa' && typeof d.code === 'object' && String(d.code.value) === 'aws-s3-public-acl')!;
    assert.deepEqual(
      (acl.relatedInformation ?? []).map((r) => [vscode.workspace.asRelativePath(r.location.uri), r.location.range.start.line, r.message]),
      [
        ['inputs/main.tf', 9, 'aws_s3_bucket_acl.site configures aws_s3_bucket.site'],
        ['inputs/main.tf', 4, 'the variable is declared here'],
        ['inputs/public.tfvars', 0, 'the value is set in public.tfvars'],
      ],
    );
    assert.deepEqual(await vscode.commands.executeCommand<string[]>('kensa.selectVarFiles', [], fixture('inputs')), []);
    await waitForLines([], 'the public ACL gone with the file unpicked');
  });

  it('feeds a variables file to the root module it is picked for, not to the others', async () => {
    await waitForLines([], 'no public ACL with the default acl');
    // picked for shop/, which declares no `acl`: shop's evaluation reads it (and says so), inputs/ does not
    const picked = await vscode.commands.executeCommand<string[]>('kensa.selectVarFiles', [fixture('inputs/public.tfvars')], fixture('shop'));
    assert.equal(picked.length, 1);
    const undeclared = await waitFor(
      () => vscode.languages.getDiagnostics(fixture('inputs/public.tfvars')).find((d) => d.source === 'kensa' && d.message.startsWith('Value for undeclared variable')),
      'shop/ evaluated with inputs/public.tfvars',
    );
    assert.equal(undeclared.range.start.line, 0);
    assert.deepEqual(publicAclLines(), [], 'inputs/ is evaluated without the file picked for shop/');
    assert.deepEqual(await vscode.commands.executeCommand<string[]>('kensa.selectVarFiles', [], fixture('shop')), []);
    await waitFor(
      () => (vscode.languages.getDiagnostics(fixture('inputs/public.tfvars')).some((d) => d.source === 'kensa') ? undefined : true),
      'the file unpicked for shop/',
    );
  });

  it('evaluates with the variables files of kensa.varFiles', async () => {
    await waitForLines([], 'no public ACL with the default acl');
    const settings = vscode.workspace.getConfiguration('kensa');
    await settings.update('varFiles', ['inputs/public.tfvars'], vscode.ConfigurationTarget.Global);
    try {
      await waitForLines([15], 'the public ACL set by public.tfvars through kensa.varFiles');
    } finally {
      await settings.update('varFiles', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForLines([], 'the public ACL gone with kensa.varFiles unset');
  });

  it('evaluates terraform.workspace as the workspace picked', async () => {
    assert.equal(await vscode.commands.executeCommand<string>('kensa.selectWorkspace', 'public'), 'public');
    await waitForLines([20], 'the public ACL of the "public" workspace');
    assert.equal(await vscode.commands.executeCommand<string>('kensa.selectWorkspace', 'default'), 'default');
    await waitForLines([], 'the public ACL gone in the default workspace');
  });
});
