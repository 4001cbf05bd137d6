/**
 * What the extension contributes, as data: the commands it registers and the settings it reads.
 * package.json's `contributes` must list exactly these (test/vscode-manifest.test.ts checks it),
 * so this file imports nothing from vscode and can be read by a plain unit test.
 */

/** A command the extension registers; `palette: false` hides it from the command palette. */
export interface CommandInfo {
  readonly id: string;
  readonly title: string;
  readonly palette: boolean;
}

/** Every command the extension registers, by its role. */
export const COMMANDS = {
  estimateCost: { id: 'kensa.estimateCost', title: 'Kensa: Estimate monthly cost', palette: true },
  showRuleDocs: { id: 'kensa.showRuleDocs', title: 'Kensa: Show rule documentation', palette: true },
  ignoreFinding: { id: 'kensa.ignoreFinding', title: 'Kensa: Ignore finding with a reason', palette: false },
  refresh: { id: 'kensa.refresh', title: 'Kensa: Re-analyze workspace', palette: true },
  reviewBranch: { id: 'kensa.reviewBranch', title: 'Kensa: Review branch', palette: true },
  selectVarFiles: { id: 'kensa.selectVarFiles', title: 'Kensa: Select variables files', palette: true },
  selectWorkspace: { id: 'kensa.selectWorkspace', title: 'Kensa: Select Terraform workspace', palette: true },
  setUsage: { id: 'kensa.setUsage', title: 'Kensa: Set usage…', palette: false },
} as const satisfies Record<string, CommandInfo>;

/** A setting the extension reads, with its manifest type and default. */
export interface SettingInfo {
  readonly key: string;
  readonly type: 'boolean' | 'string' | 'object' | 'array' | readonly ['number', 'null'];
  readonly default: boolean | string | null | Readonly<Record<string, never>> | readonly never[];
}

/** Every setting the extension reads. */
export const SETTINGS = {
  costCodeLens: { key: 'kensa.cost.codeLens', type: 'boolean', default: true },
  costRegion: { key: 'kensa.cost.region', type: 'string', default: '' },
  costSpotShare: { key: 'kensa.cost.spotShare', type: ['number', 'null'], default: null },
  costCommitmentDiscount: { key: 'kensa.cost.commitmentDiscount', type: 'object', default: {} },
  rules: { key: 'kensa.rules', type: 'object', default: {} },
  exclude: { key: 'kensa.exclude', type: 'array', default: [] },
  varFiles: { key: 'kensa.varFiles', type: 'array', default: [] },
} as const satisfies Record<string, SettingInfo>;
