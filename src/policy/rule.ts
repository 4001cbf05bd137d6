/**
 * What a policy rule is: one declarative object (id, title, severity, category, docs, equivalents
 * in other tools, whether its fix is safe) plus a small check function. Rules never see the syntax
 * tree or the evaluator: they read resources through views (resource-view.ts) and report findings
 * with fixes built by the fix builder (fixes.ts).
 */
import type { Location, Severity, TextEdit } from '../text';
import type { FixBuilder } from './fixes';
import type { Graph, ResourceView } from './resource-view';

export type Category = 'security' | 'reliability' | 'governance' | 'cost';

/**
 * A fix's contract. `safe`: keeps meaning and comments, may be applied in bulk ("fix all").
 * `unsafe`: changes behaviour a user must consider (a new resource, a cost); offered, applied by hand.
 */
export type Applicability = 'safe' | 'unsafe';

export interface RuleDocs {
  /** Why the pattern matters, in two or three sentences a developer can act on. */
  readonly why: string;
  /** How to fix it: what to write instead. */
  readonly fix: string;
  /** Links to AWS documentation and the equivalent checks' pages. */
  readonly links: readonly string[];
}

export interface Equivalents {
  /** Checkov ids, `CKV_AWS_20`. */
  readonly checkov?: readonly string[];
  /** Trivy (tfsec) ids, `AVD-AWS-0086`; their legacy tfsec names (`aws-s3-block-public-acls`) for suppressions. */
  readonly trivy?: readonly string[];
  readonly tfsec?: readonly string[];
}

export interface Rule {
  /** Names the risky pattern, kebab-case, provider first: `aws-s3-public-acl`. Never `no-...` or `ensure-...`. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: Category;
  /**
   * Resource types checked (`aws_s3_bucket`); data sources as `data.aws_iam_policy_document`;
   * provider blocks as `provider.aws`; variable blocks as `variable`.
   */
  readonly targets: readonly string[];
  readonly docs: RuleDocs;
  readonly equivalents?: Equivalents;
  /** The fix contract, when the rule offers fixes: every fix it reports has this applicability. */
  readonly fix?: Applicability;
  /**
   * What to do when a value the rule needs is unknown before apply: stay silent (default), or
   * report at info level that the rule could not decide (`ctx.undecided`).
   */
  readonly whenUnknown?: 'silent' | 'info';
  /** Checks one resource instance; reports through `ctx`. */
  check(ctx: CheckContext): void;
}

/** What a rule reports: where, what, and optional fixes. Severity and id come from the rule. */
export interface Report {
  /** The attribute or block the finding is about (or the resource itself, pointing at its label line). */
  readonly at: Subject;
  readonly message: string;
  readonly fixes?: readonly FixSpec[];
  /** A monthly saving in USD, for cost rules ("gp3 saves $12.40/mo"). */
  readonly monthlySaving?: number;
  /**
   * For cost rules without a fix: the cheaper configuration the message suggests, so the engine
   * can price it from the catalogue. `replace`: the value text for the attribute the finding points
   * at (`"t4g.micro"`); `remove`: the resource would not exist.
   */
  readonly alternative?: { readonly replace: string } | { readonly remove: true };
}

/** Something with a location: a resource, a block or an attribute view. */
export interface Subject {
  readonly location: Location;
  /** Where the value came from (variable, tfvars line), as related locations. */
  readonly related?: readonly RelatedLocation[];
}

export interface RelatedLocation extends Location {
  readonly message: string;
}

export interface FixSpec {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Fix extends FixSpec {
  readonly applicability: Applicability;
}

export interface CheckContext {
  readonly resource: ResourceView;
  /**
   * Every resource instance of the evaluated configuration, for rules that look across resources.
   * Read the types you need (`ofType`, `referencing`): after an edit the engine re-runs a check only
   * when its resource or a type it read changed; reading `resources` re-runs it after any edit.
   */
  readonly graph: Graph;
  readonly fix: FixBuilder;
  /** Options from kensa.jsonc for this rule and for all (required tags, ...). */
  readonly options: PolicyOptions;
  /** Today, YYYY-MM-DD, as the run sees it: rules about dates (end of support) compare with this, never the clock. */
  readonly today: string;
  report(report: Report): void;
  /** The rule needed a value known only after apply: reported at info only if the rule says so. */
  undecided(at: Subject, why: string): void;
}

export interface PolicyOptions {
  /** Tags every taggable resource must carry (kensa.jsonc `requiredTags`). */
  readonly requiredTags: readonly string[];
}

/** A finding as the engine returns it: what users see in the editor, the CLI and SARIF. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly message: string;
  readonly file: string;
  readonly range: Location['range'];
  readonly related: readonly RelatedLocation[];
  readonly resourceAddress: string;
  /**
   * The root module the finding was found in, as analyze() names roots: an address names an instance
   * only within its root, so a shared module called by two roots gives each root its own findings.
   */
  readonly root?: string;
  readonly fixes: readonly Fix[];
  readonly monthlySaving?: number;
  /** What to price against to state a saving (cost rules without a fix): edits to try, or the resource gone. */
  readonly whatIf?: { readonly edits: readonly TextEdit[] } | { readonly remove: true };
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/** Declares a rule, checking its declaration: a malformed rule fails the catalogue test, not a user. */
export function defineRule(rule: Rule): Rule {
  if (!ID.test(rule.id)) throw new Error(`rule id "${rule.id}" must be kebab-case, provider first`);
  if (/^[a-z0-9]+-(no|ensure)-/.test(rule.id)) throw new Error(`rule id "${rule.id}" must name the risky pattern, not "no-" or "ensure-"`);
  if (rule.targets.length === 0) throw new Error(`rule ${rule.id} has no target resource types`);
  if (!rule.docs.why || !rule.docs.fix) throw new Error(`rule ${rule.id} needs docs.why and docs.fix`);
  return rule;
}
