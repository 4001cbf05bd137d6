/**
 * Prices in the editor: a CodeLens above each priced resource block (off with kensa.cost.codeLens),
 * a hover with its components on the block's first line and, for a resource with usage-based
 * prices, a "Set usage…" link (kensa.setUsage), both from the latest analysis.
 */
import * as vscode from 'vscode';
import type { ResourceCost } from '../cost';
import { COMMANDS, SETTINGS } from './commands';
import { costHoverMarkdown, costLensTitle, moduleLensTitle } from './cost-text';
import { setUsageLink, type UsageKeyCatalogue } from './set-usage';
import { terraformSelector } from './terraform-documents';
import { corePath, type WorkspaceAnalysis } from './workspace-analysis';

/**
 * The priced blocks of a file: resource blocks (zero-based line -> their instances), module calls
 * (line -> every priced resource the call's instances create, nested modules included), and the
 * prices' date.
 */
function pricedBlocks(
  service: WorkspaceAnalysis,
  uri: vscode.Uri,
): { blocks: Map<number, ResourceCost[]>; modules: Map<number, ResourceCost[]>; unsupported: Set<number>; pricesAsOf: string } {
  const path = corePath(uri);
  const blocks = new Map<number, ResourceCost[]>();
  const modules = new Map<number, ResourceCost[]>();
  const unsupported = new Set<number>();
  let pricesAsOf = '';
  for (const folder of service.folders) {
    for (const call of folder.moduleCalls) {
      if (call.file !== path) continue;
      const estimate = folder.estimates.find((e) => e.dir === call.root)?.estimate;
      if (!estimate) continue;
      const inside = estimate.resources.filter((r) => r.module === call.address || r.module.startsWith(call.address + '.'));
      modules.set(call.line, [...(modules.get(call.line) ?? []), ...inside]);
    }
    for (const { estimate } of folder.estimates) {
      pricesAsOf = estimate.pricesAsOf;
      for (const r of estimate.resources) {
        if (r.file !== path) continue;
        const line = r.line - 1;
        blocks.set(line, [...(blocks.get(line) ?? []), r]);
      }
      for (const u of estimate.unsupported) if (u.file === path) unsupported.add(u.line - 1);
    }
  }
  return { blocks, modules, unsupported, pricesAsOf };
}

class CostLenses implements vscode.CodeLensProvider {
  readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly service: WorkspaceAnalysis) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration().get<boolean>(SETTINGS.costCodeLens.key, SETTINGS.costCodeLens.default)) return [];
    const { blocks, modules, unsupported } = pricedBlocks(this.service, document.uri);
    const lens = (line: number, title: string): vscode.CodeLens =>
      new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, command: COMMANDS.estimateCost.id, arguments: [document.uri], tooltip: 'Kensa: open the monthly cost estimate' });
    const lenses = [...blocks].map(([line, instances]) => lens(line, costLensTitle(instances)));
    for (const line of unsupported) if (!blocks.has(line)) lenses.push(lens(line, 'not priced'));
    for (const [line, resources] of modules) lenses.push(lens(line, moduleLensTitle(resources)));
    return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
  }
}

class CostHover implements vscode.HoverProvider {
  constructor(
    private readonly service: WorkspaceAnalysis,
    private readonly usageKeys: UsageKeyCatalogue,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const { blocks, pricesAsOf } = pricedBlocks(this.service, document.uri);
    const instances = blocks.get(position.line);
    if (!instances) return undefined;
    const first = instances[0]!;
    const folder = this.service.folderOf(corePath(document.uri))?.dir;
    // in a module called twice, the block's instances have other addresses: the first one's is offered
    const link = folder && this.usageKeys.has(first.type) ? setUsageLink({ folder, address: first.address, type: first.type }) : undefined;
    const markdown = new vscode.MarkdownString(costHoverMarkdown(instances, pricesAsOf, link));
    // only this command runs from the hover's links
    if (link) markdown.isTrusted = { enabledCommands: [COMMANDS.setUsage.id] };
    return new vscode.Hover(markdown, document.lineAt(position.line).range);
  }
}

/** Registers the cost CodeLens and hover; both follow each analysis and the setting. */
export function registerCostLenses(service: WorkspaceAnalysis, usageKeys: UsageKeyCatalogue): vscode.Disposable {
  const lenses = new CostLenses(service);
  return vscode.Disposable.from(
    lenses.changed,
    vscode.languages.registerCodeLensProvider(terraformSelector, lenses),
    vscode.languages.registerHoverProvider(terraformSelector, new CostHover(service, usageKeys)),
    service.onDidAnalyze(() => lenses.changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS.costCodeLens.key)) lenses.changed.fire();
    }),
  );
}
