// The user settings both end-to-end launchers (code-server and desktop VS Code) start with.
// A quiet workbench: no welcome page, no gallery or update checks, no trust prompt, no AI.
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  // The web workbench saves after a delay by default: a test's unsaved edit would reach the fixtures.
  'files.autoSave': 'off',
  // The fixture workspace lies inside this repository: no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
};

// On top of USER_SETTINGS for the Restricted Mode suite: trust on, no prompt or banner, nothing trusted.
export const RESTRICTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};
