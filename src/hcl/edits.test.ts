import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../test/support/paths';
import { applyEdits, type TextEdit } from '../text';
import type { Block, Body, HclFile, TemplateExpr } from './ast';
import {
  ensureNestedAttribute,
  ensureNestedAttributes,
  insertBlock,
  insertTopLevelBlockAfter,
  removeAttribute,
  removeBlock,
  setAttribute,
  setAttributes,
} from './edits';
import { detectLayout } from './edit-layout';
import { rawExpression, renderValue } from './edit-render';
import { parseHclJson } from './json-syntax';
import { parseExpressionText, parseHcl } from './parser';

// Each case is a file before, an operation, and the file after, written with LF and two-space
// indentation. The runner derives the CRLF, tab and four-space versions of both texts and checks,
// for every version: the exact result, that each edit changes something, that the result parses
// without diagnostics, and that the same operation on the result yields no edits.

type Variant = 'lf' | 'crlf' | 'tabs' | 'four-spaces';
const ALL: readonly Variant[] = ['lf', 'crlf', 'tabs', 'four-spaces'];

interface Case {
  readonly name: string;
  readonly before: string;
  /** Finds its targets itself, so it can run again on the result. */
  readonly edit: (file: HclFile) => TextEdit[];
  readonly after: string;
  /** Cases without indentation to learn from cannot show tabs or four spaces. */
  readonly variants?: readonly Variant[];
  readonly path?: string;
}

function variant(text: string, v: Variant): string {
  switch (v) {
    case 'lf':
      return text;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'tabs':
      return text.replace(/^((?: {2})+)/gm, (ws) => '\t'.repeat(ws.length / 2));
    case 'four-spaces':
      return text.replace(/^( +)/gm, (ws) => ws + ws);
  }
}

/** Strips the line break that follows the opening backquote. */
const tf = (s: string): string => s.replace(/^\n/, '');

const blocksOf = (body: Body, type: string, ...labels: string[]): Block[] =>
  body.items.filter(
    (i): i is Block => i.kind === 'block' && i.type.name === type && labels.every((l, n) => i.labels[n]?.value === l),
  );
/** The top-level block with this type and labels; the test fails if there is none. */
function top(file: HclFile, type: string, ...labels: string[]): Block {
  const found = blocksOf(file.body, type, ...labels)[0];
  assert.ok(found, `block ${type} ${labels.join(' ')}`);
  return found;
}
function child(block: Block, type: string): Block {
  const found = blocksOf(block.body, type)[0];
  assert.ok(found, `nested block ${type}`);
  return found;
}
/** For removals, which find nothing the second time round. */
function maybe(file: HclFile, type: string, labels: string[], op: (b: Block) => TextEdit[]): TextEdit[] {
  const found = blocksOf(file.body, type, ...labels)[0];
  return found ? op(found) : [];
}
const messages = (file: HclFile): string[] => file.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.summary}`);

function check(c: Case, v: Variant): void {
  const path = c.path ?? 'main.tf';
  const before = variant(c.before, v);
  const file = parseHcl(before, path);
  assert.deepEqual(messages(file), [], 'the input parses cleanly');
  const edits = c.edit(file);
  for (const e of edits) {
    assert.equal(e.file, path);
    assert.notEqual(before.slice(e.start, e.end), e.newText, 'every edit changes something');
  }
  const after = applyEdits(before, edits);
  assert.equal(after, variant(c.after, v));
  const again = parseHcl(after, path);
  assert.deepEqual(messages(again), [], 'the result parses cleanly');
  assert.deepEqual(c.edit(again), [], 'the same operation on the result changes nothing');
}

const IMDS = ['metadata_options', 'http_tokens'];
const web = (f: HclFile): Block => top(f, 'resource', 'aws_instance', 'web');

const cases: Case[] = [
  // ---- setAttribute ------------------------------------------------------------------------
  {
    name: 'setAttribute replaces only the expression, keeping alignment and a trailing comment',
    before: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc" # pinned by CI
  instance_type = "t3.micro"
}
`),
    edit: (f) => [...setAttribute(f, web(f), 'instance_type', '"t3.large"'), ...setAttribute(f, web(f), 'ami', '"ami-0def"')],
    after: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0def" # pinned by CI
  instance_type = "t3.large"
}
`),
  },
  {
    name: 'setAttribute with the value already there changes nothing',
    before: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
}
`),
    edit: (f) => setAttribute(f, web(f), 'instance_type', '"t3.micro"'),
    after: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
}
`),
  },
  {
    name: 'setAttribute with the same value laid out differently changes nothing',
    before: tf(`
resource "aws_instance" "web" {
  ami  = "ami-0abc"
  tags = { Name = "web", Env = 1.0 }
}
`),
    edit: (f) => setAttribute(f, web(f), 'tags', renderValue({ Name: 'web', Env: 1 })),
    after: tf(`
resource "aws_instance" "web" {
  ami  = "ami-0abc"
  tags = { Name = "web", Env = 1.0 }
}
`),
  },
  {
    name: 'setAttribute adds a missing attribute after the last one',
    before: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs" # keep
}
`),
    edit: (f) => setAttribute(f, top(f, 'resource', 'aws_s3_bucket', 'logs'), 'force_destroy', 'false'),
    after: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs" # keep
  force_destroy = false
}
`),
  },
  {
    name: 'setAttribute keeps arguments above nested blocks',
    before: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"

  # encrypted root disk
  root_block_device {
    encrypted = true
  }
}
`),
    edit: (f) => setAttribute(f, web(f), 'monitoring', 'true'),
    after: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  monitoring = true

  # encrypted root disk
  root_block_device {
    encrypted = true
  }
}
`),
  },
  {
    name: 'setAttribute after a body of blocks leaves a blank line',
    before: tf(`
resource "aws_security_group" "db" {
  ingress {
    from_port = 5432
    to_port   = 5432
  }
}
`),
    edit: (f) => setAttribute(f, top(f, 'resource', 'aws_security_group', 'db'), 'description', '"Postgres"'),
    after: tf(`
resource "aws_security_group" "db" {
  ingress {
    from_port = 5432
    to_port   = 5432
  }

  description = "Postgres"
}
`),
  },
  {
    name: 'setAttribute expands an empty top-level block',
    before: tf(`
resource "aws_s3_bucket" "b" {}
`),
    edit: (f) => setAttribute(f, top(f, 'resource', 'aws_s3_bucket', 'b'), 'bucket', '"acme-b"'),
    after: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "acme-b"
}
`),
    variants: ['lf', 'crlf'],
  },
  {
    name: 'setAttribute expands an empty nested block',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options {}
}
`),
    edit: (f) => setAttribute(f, child(web(f), 'metadata_options'), 'http_tokens', '"required"'),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options {
    http_tokens = "required"
  }
}
`),
  },
  {
    name: 'setAttribute expands a one-line block',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options { http_endpoint = "enabled" }
}
`),
    edit: (f) => setAttribute(f, child(web(f), 'metadata_options'), 'http_tokens', '"required"'),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens = "required"
  }
}
`),
  },
  {
    name: 'setAttribute inserts after a comment closing the body, above trailing blank lines',
    before: tf(`
resource "aws_db_instance" "main" {
  engine = "postgres"
  # storage_encrypted = false

}
`),
    edit: (f) => setAttribute(f, top(f, 'resource', 'aws_db_instance', 'main'), 'storage_encrypted', 'true'),
    after: tf(`
resource "aws_db_instance" "main" {
  engine = "postgres"
  # storage_encrypted = false
  storage_encrypted = true

}
`),
  },
  {
    name: 'setAttribute keeps a comment on the opening brace line',
    before: tf(`
locals { # shared values
}
`),
    edit: (f) => setAttribute(f, top(f, 'locals'), 'env', '"prod"'),
    after: tf(`
locals { # shared values
  env = "prod"
}
`),
    variants: ['lf', 'crlf'],
  },
  {
    name: 'setAttribute on the top-level body of a tfvars file',
    path: 'prod.tfvars',
    before: tf(`
region = "eu-west-1"
tags = {
  Team = "platform"
}
`),
    edit: (f) => setAttribute(f, f.body, 'instance_count', '2'),
    after: tf(`
region = "eu-west-1"
tags = {
  Team = "platform"
}
instance_count = 2
`),
  },
  {
    name: 'setAttribute at the top level keeps a missing final line break missing',
    path: 'prod.tfvars',
    before: '# production\nregion = "eu-west-1"',
    edit: (f) => setAttribute(f, f.body, 'instance_count', '2'),
    after: '# production\nregion = "eu-west-1"\ninstance_count = 2',
  },
  {
    name: 'setAttribute into an empty file',
    path: 'empty.tfvars',
    before: '',
    edit: (f) => setAttribute(f, f.body, 'instance_count', '2'),
    after: 'instance_count = 2\n',
    variants: ['lf'],
  },
  {
    name: 'setAttribute writes a rendered map in the file’s indentation',
    before: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}
`),
    edit: (f) =>
      setAttribute(
        f,
        top(f, 'resource', 'aws_s3_bucket', 'logs'),
        'tags',
        renderValue({ Name: 'logs', 'cost-center': 'ops', 'kubernetes.io/role': 'x', Owners: ['a', 'b'] }),
      ),
    after: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = {
    Name                 = "logs"
    cost-center          = "ops"
    "kubernetes.io/role" = "x"
    Owners               = ["a", "b"]
  }
}
`),
  },
  {
    name: 'setAttribute replaces a multi-line value in a nested block',
    before: tf(`
resource "aws_launch_template" "web" {
  tag_specifications {
    resource_type = "instance"
    tags = {
      Name = "old"
    }
  }
}
`),
    edit: (f) =>
      setAttribute(f, child(top(f, 'resource', 'aws_launch_template', 'web'), 'tag_specifications'), 'tags', renderValue({ Name: 'web', Env: 'prod' })),
    after: tf(`
resource "aws_launch_template" "web" {
  tag_specifications {
    resource_type = "instance"
    tags = {
      Name = "web"
      Env  = "prod"
    }
  }
}
`),
  },
  {
    name: 'setAttributes with non-ASCII text replaces and adds in one go',
    before: tf(`
resource "aws_security_group" "web" {
  name        = "web-😀"
  description = "Zugriff für Büro"
}
`),
    edit: (f) =>
      setAttributes(f, top(f, 'resource', 'aws_security_group', 'web'), {
        description: renderValue('Accès réseau — 🔒'),
        revoke_rules_on_delete: 'true',
      }),
    after: tf(`
resource "aws_security_group" "web" {
  name        = "web-😀"
  description = "Accès réseau — 🔒"
  revoke_rules_on_delete = true
}
`),
  },
  {
    name: 'setAttribute leaves heredoc content where it was written',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
}
`),
    edit: (f) => setAttribute(f, web(f), 'user_data', '<<EOT\n#!/bin/bash\necho "hi"\nEOT'),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  user_data = <<EOT
#!/bin/bash
echo "hi"
EOT
}
`),
  },
  {
    name: 'setAttribute escapes template sequences in rendered strings',
    before: tf(`
resource "aws_ssm_parameter" "p" {
  name = "/app/greeting"
}
`),
    edit: (f) => setAttribute(f, top(f, 'resource', 'aws_ssm_parameter', 'p'), 'value', renderValue('Hello ${USER} %{x} "q" \\ ✓\n')),
    after: tf(`
resource "aws_ssm_parameter" "p" {
  name = "/app/greeting"
  value = "Hello $\${USER} %%{x} \\"q\\" \\\\ ✓\\n"
}
`),
  },

  // ---- removeAttribute ---------------------------------------------------------------------
  {
    name: 'removeAttribute takes the line and its trailing comment, not the comment above',
    before: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "b"
  # public on purpose
  acl    = "public-read" # TODO: remove
  tags   = {}
}
`),
    edit: (f) => removeAttribute(f, top(f, 'resource', 'aws_s3_bucket', 'b'), 'acl'),
    after: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "b"
  # public on purpose
  tags   = {}
}
`),
  },
  {
    name: 'removeAttribute takes every line of a multi-line value and a trailing block comment',
    before: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "b"
  tags = {
    Name = "b"
  } /* legacy */
  force_destroy = true
}
`),
    edit: (f) => removeAttribute(f, top(f, 'resource', 'aws_s3_bucket', 'b'), 'tags'),
    after: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "b"
  force_destroy = true
}
`),
  },
  {
    name: 'removeAttribute in a one-line block leaves an empty block',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options { http_tokens = "optional" }
}
`),
    edit: (f) => removeAttribute(f, child(web(f), 'metadata_options'), 'http_tokens'),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options {}
}
`),
  },
  {
    name: 'removeAttribute of an absent attribute changes nothing',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
}
`),
    edit: (f) => removeAttribute(f, web(f), 'associate_public_ip_address'),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
}
`),
  },
  {
    name: 'removeAttribute between blank lines leaves a single blank line',
    before: tf(`
locals {
  a = 1

  b = 2

  c = 3
}
`),
    edit: (f) => removeAttribute(f, top(f, 'locals'), 'b'),
    after: tf(`
locals {
  a = 1

  c = 3
}
`),
  },
  {
    name: 'removeAttribute takes a heredoc whole',
    before: tf(`
resource "aws_instance" "web" {
  ami       = "ami-0abc"
  user_data = <<-EOT
    #!/bin/bash
    echo hi
  EOT
  monitoring = true
}
`),
    edit: (f) => removeAttribute(f, web(f), 'user_data'),
    after: tf(`
resource "aws_instance" "web" {
  ami       = "ami-0abc"
  monitoring = true
}
`),
  },
  {
    name: 'removeAttribute on the last line of a file without a final line break',
    path: 'prod.tfvars',
    before: 'region = "eu-west-1"\ninstance_count = 2',
    edit: (f) => removeAttribute(f, f.body, 'instance_count'),
    after: 'region = "eu-west-1"\n',
  },

  // ---- insertBlock -------------------------------------------------------------------------
  {
    name: 'insertBlock adds a nested block after a blank line',
    before: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
`),
    edit: (f) => insertBlock(f, top(f, 'resource', 'aws_s3_bucket', 'b'), { type: 'versioning', attributes: { enabled: 'true' } }),
    after: tf(`
resource "aws_s3_bucket" "b" {
  bucket = "b"

  versioning {
    enabled = true
  }
}
`),
  },
  {
    name: 'insertBlock into an empty block',
    before: tf(`
resource "aws_s3_bucket" "b" {}
`),
    edit: (f) => insertBlock(f, top(f, 'resource', 'aws_s3_bucket', 'b'), { type: 'versioning', attributes: { enabled: 'true' } }),
    after: tf(`
resource "aws_s3_bucket" "b" {
  versioning {
    enabled = true
  }
}
`),
    variants: ['lf', 'crlf'],
  },
  {
    name: 'insertBlock indents multi-line values inside the new block',
    before: tf(`
resource "aws_launch_template" "web" {
  name = "web"
}
`),
    edit: (f) =>
      insertBlock(f, top(f, 'resource', 'aws_launch_template', 'web'), {
        type: 'tag_specifications',
        attributes: [
          ['resource_type', '"instance"'],
          ['tags', renderValue({ Name: 'web' })],
        ],
      }),
    after: tf(`
resource "aws_launch_template" "web" {
  name = "web"

  tag_specifications {
    resource_type = "instance"
    tags = {
      Name = "web"
    }
  }
}
`),
  },
  {
    name: 'insertBlock at the top level, with labels and nested blocks',
    before: tf(`
provider "aws" {
  region = "eu-west-1"
}
`),
    edit: (f) =>
      insertBlock(f, f.body, {
        type: 'resource',
        labels: ['aws_s3_bucket', 'logs'],
        attributes: { bucket: renderValue('acme-logs-ü') },
        blocks: [{ type: 'versioning', attributes: { enabled: 'true' } }, { type: 'lifecycle' }],
      }),
    after: tf(`
provider "aws" {
  region = "eu-west-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs-ü"

  versioning {
    enabled = true
  }

  lifecycle {}
}
`),
  },
  {
    name: 'insertBlock when the block exists changes nothing',
    before: tf(`
resource "aws_s3_bucket" "b" {
  versioning {
    enabled = false
  }
}
`),
    edit: (f) => insertBlock(f, top(f, 'resource', 'aws_s3_bucket', 'b'), { type: 'versioning', attributes: { enabled: 'true' } }),
    after: tf(`
resource "aws_s3_bucket" "b" {
  versioning {
    enabled = false
  }
}
`),
  },

  // ---- removeBlock -------------------------------------------------------------------------
  {
    name: 'removeBlock between blank lines leaves a single blank line',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"

  ebs_block_device {
    device_name = "/dev/sdb"
  }

  monitoring = true
}
`),
    edit: (f) => (blocksOf(web(f).body, 'ebs_block_device')[0] ? removeBlock(f, child(web(f), 'ebs_block_device')) : []),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"

  monitoring = true
}
`),
  },
  {
    name: 'removeBlock of the last nested block takes the blank line above it',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"

  lifecycle {
    ignore_changes = [tags]
  }
}
`),
    edit: (f) => (blocksOf(web(f).body, 'lifecycle')[0] ? removeBlock(f, child(web(f), 'lifecycle')) : []),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
}
`),
  },
  {
    name: 'removeBlock of the first top-level block takes the blank line below it',
    before: tf(`
terraform {
  required_version = ">= 1.5"
}

provider "aws" {
  region = "eu-west-1"
}
`),
    edit: (f) => maybe(f, 'terraform', [], (b) => removeBlock(f, b)),
    after: tf(`
provider "aws" {
  region = "eu-west-1"
}
`),
  },
  {
    name: 'removeBlock keeps the comment above and takes the one trailing',
    before: tf(`
# Legacy bucket, see JIRA-12
resource "aws_s3_bucket" "old" {
  bucket = "old"
}

resource "aws_s3_bucket" "new" {
  bucket = "new"
} # end
`),
    edit: (f) => [
      ...maybe(f, 'resource', ['aws_s3_bucket', 'old'], (b) => removeBlock(f, b)),
      ...maybe(f, 'resource', ['aws_s3_bucket', 'new'], (b) => removeBlock(f, b)),
    ],
    after: tf(`
# Legacy bucket, see JIRA-12
`),
  },
  {
    name: 'removeBlock of a one-line nested block',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  lifecycle { prevent_destroy = true }
  monitoring = true
}
`),
    edit: (f) => (blocksOf(web(f).body, 'lifecycle')[0] ? removeBlock(f, child(web(f), 'lifecycle')) : []),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  monitoring = true
}
`),
  },

  // ---- ensureNestedAttribute ---------------------------------------------------------------
  {
    name: 'ensureNestedAttribute creates the missing block (IMDSv2)',
    before: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }
}
`),
    edit: (f) => ensureNestedAttribute(f, web(f), IMDS, '"required"'),
    after: tf(`
resource "aws_instance" "web" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  metadata_options {
    http_tokens = "required"
  }
}
`),
  },
  {
    name: 'ensureNestedAttribute adds the attribute to the existing block',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"

  metadata_options {
    http_endpoint = "enabled" # IMDS on
  }
}
`),
    edit: (f) => ensureNestedAttribute(f, web(f), IMDS, '"required"'),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"

  metadata_options {
    http_endpoint = "enabled" # IMDS on
    http_tokens = "required"
  }
}
`),
  },
  {
    name: 'ensureNestedAttribute replaces a wrong value',
    before: tf(`
resource "aws_instance" "web" {
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}
`),
    edit: (f) => ensureNestedAttribute(f, web(f), IMDS, '"required"'),
    after: tf(`
resource "aws_instance" "web" {
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}
`),
  },
  {
    name: 'ensureNestedAttribute creates several levels, and only the missing ones',
    before: tf(`
resource "aws_s3_bucket" "a" {
  bucket = "a"
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
  server_side_encryption_configuration {
    rule {
      bucket_key_enabled = true
    }
  }
}
`),
    edit: (f) => {
      const path = ['server_side_encryption_configuration', 'rule', 'apply_server_side_encryption_by_default', 'sse_algorithm'];
      return [
        ...ensureNestedAttribute(f, top(f, 'resource', 'aws_s3_bucket', 'a'), path, '"aws:kms"'),
        ...ensureNestedAttribute(f, top(f, 'resource', 'aws_s3_bucket', 'b'), path, '"aws:kms"'),
      ];
    },
    after: tf(`
resource "aws_s3_bucket" "a" {
  bucket = "a"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
  server_side_encryption_configuration {
    rule {
      bucket_key_enabled = true

      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}
`),
  },
  {
    name: 'ensureNestedAttributes sets several attributes of a one-line block at once',
    before: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options { http_tokens = "optional" }
}
`),
    edit: (f) =>
      ensureNestedAttributes(f, web(f), ['metadata_options'], [
        ['http_tokens', '"required"'],
        ['http_put_response_hop_limit', '1'],
      ]),
    after: tf(`
resource "aws_instance" "web" {
  ami = "ami-0abc"
  metadata_options {
    http_tokens = "required"
    http_put_response_hop_limit = 1
  }
}
`),
  },

  // ---- insertTopLevelBlockAfter ------------------------------------------------------------
  {
    name: 'insertTopLevelBlockAfter between two blocks, text converted to the file’s indentation',
    before: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_instance" "web" {
  ami = "ami-0abc"
}
`),
    edit: (f) =>
      insertTopLevelBlockAfter(
        f,
        top(f, 'resource', 'aws_s3_bucket', 'logs'),
        'resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket            = aws_s3_bucket.logs.id\n  block_public_acls = true\n  tags = {\n    Name = "logs"\n  }\n}\n',
      ),
    after: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket            = aws_s3_bucket.logs.id
  block_public_acls = true
  tags = {
    Name = "logs"
  }
}

resource "aws_instance" "web" {
  ami = "ami-0abc"
}
`),
  },
  {
    name: 'insertTopLevelBlockAfter separates blocks that touched',
    before: tf(`
data "aws_caller_identity" "me" {}
data "aws_region" "here" {}
`),
    edit: (f) =>
      insertTopLevelBlockAfter(f, top(f, 'data', 'aws_caller_identity', 'me'), {
        type: 'locals',
        attributes: { account_id: renderValue(rawExpression('data.aws_caller_identity.me.account_id')) },
      }),
    after: tf(`
data "aws_caller_identity" "me" {}

locals {
  account_id = data.aws_caller_identity.me.account_id
}

data "aws_region" "here" {}
`),
    variants: ['lf', 'crlf'],
  },
  {
    name: 'insertTopLevelBlockAfter a block with a trailing comment at the end of the file',
    before: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
} # logs
`),
    edit: (f) =>
      insertTopLevelBlockAfter(f, top(f, 'resource', 'aws_s3_bucket', 'logs'), {
        type: 'resource',
        labels: ['aws_s3_bucket_versioning', 'logs'],
        attributes: { bucket: 'aws_s3_bucket.logs.id' },
        blocks: [{ type: 'versioning_configuration', attributes: { status: '"Enabled"' } }],
      }),
    after: tf(`
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
} # logs

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id

  versioning_configuration {
    status = "Enabled"
  }
}
`),
  },
  {
    name: 'insertTopLevelBlockAfter the last block of a file without a final line break',
    before: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}',
    edit: (f) =>
      insertTopLevelBlockAfter(f, top(f, 'resource', 'aws_s3_bucket', 'logs'), 'resource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n}'),
    after: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n}',
  },

  {
    name: 'insertTopLevelBlockAfter converts tab-indented text to the file’s spaces',
    before: tf(`
resource "aws_db_instance" "main" {
  engine = "postgres"
}
`),
    edit: (f) =>
      insertTopLevelBlockAfter(
        f,
        top(f, 'resource', 'aws_db_instance', 'main'),
        'resource "aws_db_parameter_group" "main" {\r\n\tfamily = "postgres16"\r\n\r\n\tparameter {\r\n\t\tname  = "rds.force_ssl"\r\n\t\tvalue = "1"\r\n\t}\r\n}\r\n',
      ),
    after: tf(`
resource "aws_db_instance" "main" {
  engine = "postgres"
}

resource "aws_db_parameter_group" "main" {
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}
`),
  },
  {
    name: 'removeAttribute of the first top-level line takes the blank line below it',
    path: 'prod.tfvars',
    before: tf(`
legacy_mode = true

region = "eu-west-1"
`),
    edit: (f) => removeAttribute(f, f.body, 'legacy_mode'),
    after: tf(`
region = "eu-west-1"
`),
  },

  // ---- a whole quick fix -------------------------------------------------------------------
  {
    name: 'a fix combining a removal in one block with a companion block after it',
    before: tf(`
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  acl    = "public-read"
}
`),
    edit: (f) => {
      const b = top(f, 'resource', 'aws_s3_bucket', 'site');
      return [
        ...removeAttribute(f, b, 'acl'),
        ...insertTopLevelBlockAfter(f, b, {
          type: 'resource',
          labels: ['aws_s3_bucket_public_access_block', 'site'],
          attributes: { bucket: 'aws_s3_bucket.site.id', block_public_acls: 'true' },
        }),
      ];
    },
    after: tf(`
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket = aws_s3_bucket.site.id
  block_public_acls = true
}
`),
  },
];

for (const c of cases) {
  for (const v of c.variants ?? ALL) test(`${c.name} [${v}]`, () => check(c, v));
}

test('the layout is read from the file: line breaks, tabs, two and four spaces', () => {
  const layout = (text: string): string => JSON.stringify(detectLayout(parseHcl(text, 'main.tf')));
  assert.equal(layout('a {\n  b = 1\n}\n'), JSON.stringify({ eol: '\n', unit: '  ' }));
  assert.equal(layout('a {\r\n    b = 1\r\n}\r\n'), JSON.stringify({ eol: '\r\n', unit: '    ' }));
  assert.equal(layout('a {\n\tb {\n\t\tc = 1\n\t}\n}\n'), JSON.stringify({ eol: '\n', unit: '\t' }));
  // a tfvars file has no blocks: its maps show the unit
  assert.equal(layout('tags = {\n    a = 1\n}\n'), JSON.stringify({ eol: '\n', unit: '    ' }));
  assert.equal(layout('a = 1'), JSON.stringify({ eol: '\n', unit: '  ' }));
});

test('a block missing its closing brace is not edited', () => {
  const file = parseHcl('resource "aws_instance" "web" {\n  ami = "ami-0abc"\n', 'main.tf');
  assert.ok(file.diagnostics.length > 0);
  const broken = top(file, 'resource', 'aws_instance', 'web');
  assert.equal(broken.closeBrace, -1);
  assert.deepEqual(setAttribute(file, broken, 'monitoring', 'true'), []);
  assert.deepEqual(insertBlock(file, broken, { type: 'metadata_options' }), []);
});

test('ensureNestedAttribute leaves a block generated by `dynamic` to the user', () => {
  const text = tf(`
resource "aws_instance" "web" {
  dynamic "metadata_options" {
    for_each = var.imds ? [1] : []
    content {
      http_tokens = "optional"
    }
  }
}
`);
  const file = parseHcl(text, 'main.tf');
  assert.deepEqual(ensureNestedAttribute(file, web(file), IMDS, '"required"'), []);
});

test('a JSON-syntax file is not edited', () => {
  const file = parseHclJson('{"resource": {"aws_s3_bucket": {"b": {"bucket": "b"}}}}', 'main.tf.json');
  assert.equal(file.syntax, 'json');
  assert.deepEqual(setAttribute(file, file.body, 'x', '1'), []);
  assert.deepEqual(removeAttribute(file, file.body, 'resource'), []);
  assert.deepEqual(insertBlock(file, file.body, { type: 'locals' }), []);
});

test('misuse throws instead of writing broken HCL', () => {
  const file = parseHcl('locals {\n  a = 1\n}\n', 'main.tf');
  const other = parseHcl('locals {\n  a = 1\n}\n', 'other.tf');
  assert.throws(() => setAttribute(file, file.body, 'not a name', '1'), /identifier/);
  assert.throws(() => setAttribute(file, (other.body.items[0] as Block).body, 'b', '1'), /not part of this file/);
  assert.throws(() => insertTopLevelBlockAfter(file, top(file, 'locals'), 'a = 1'), /exactly one valid block/);
  assert.throws(() => setAttribute(file, top(file, 'locals'), 'b', '"unterminated'), /not a valid HCL expression/);
  assert.throws(() => setAttribute(file, top(file, 'locals'), 'b', ''), /not a valid HCL expression/);
  assert.throws(() => insertBlock(file, file.body, { type: 'x', attributes: { a: '1 +' } }), /not a valid HCL expression/);
});

test('renderValue writes each kind of value as terraform fmt would', () => {
  assert.equal(renderValue(null), 'null');
  assert.equal(renderValue(true), 'true');
  assert.equal(renderValue(-0), '0');
  assert.equal(renderValue(2.5), '2.5');
  assert.equal(renderValue([]), '[]');
  assert.equal(renderValue({}), '{}');
  assert.equal(renderValue(['a', 1, false]), '["a", 1, false]');
  assert.equal(renderValue(rawExpression('var.tags')), 'var.tags');
  assert.equal(renderValue({ for: 1, null: 2, 'a b': 3, ok_key: 4 }), '{\n  "for"  = 1\n  "null" = 2\n  "a b"  = 3\n  ok_key = 4\n}');
  const long = Array.from({ length: 12 }, (_, i) => `subnet-0000000${i}`);
  assert.equal(renderValue(long), `[\n${long.map((s) => `  "${s}",\n`).join('')}]`);
  assert.equal(
    renderValue({ a: 1, nested: { b: [1, 2] }, zz: 'x' }, '\t'),
    '{\n\ta = 1\n\tnested = {\n\t\tb = [1, 2]\n\t}\n\tzz = "x"\n}',
  );
  assert.throws(() => renderValue(Number.NaN), /cannot render/);
});

test('renderValue strings decode back to the same text', () => {
  const samples = ['plain', 'quote " and \\ backslash', 'line\nbreak\ttab\r', '${var.x} and %{ if true }', '$${already}', 'ctrl \u0001 del \u007f', 'Grüße 监控 🚀', '$', '%'];
  for (const s of samples) {
    const rendered = renderValue(s);
    const { expr, diagnostics } = parseExpressionText(rendered, 'x.tf');
    assert.deepEqual(diagnostics, [], rendered);
    assert.equal(expr.kind, 'template', rendered);
    const parts = (expr as TemplateExpr).parts;
    assert.ok(parts.every((p) => p.kind === 'template-literal'), `${rendered} has no template sequence`);
    assert.equal(parts.map((p) => (p.kind === 'template-literal' ? p.value : '')).join(''), s, rendered);
  }
});

/** Every block of a body and below, with the path of block indices that finds it again. */
function* allBlocks(body: Body, path: number[] = []): Generator<{ block: Block; path: number[] }> {
  const blocks = body.items.filter((i): i is Block => i.kind === 'block');
  for (let n = 0; n < blocks.length; n++) {
    yield { block: blocks[n]!, path: [...path, n] };
    yield* allBlocks(blocks[n]!.body, [...path, n]);
  }
}
function blockAt(file: HclFile, path: readonly number[]): Block {
  let body = file.body;
  let block: Block | undefined;
  for (const n of path) {
    block = body.items.filter((i): i is Block => i.kind === 'block')[n];
    assert.ok(block, `block at ${path.join('.')}`);
    body = block.body;
  }
  return block!;
}
const countItems = (body: Body): number => body.items.reduce((n, i) => n + 1 + (i.kind === 'block' ? countItems(i.body) : 0), 0);

// Every operation on every block and attribute of the parser's own fixtures (real modules,
// heredocs, comments in odd places, CRLF): the result parses cleanly, holds exactly the change,
// and the operation is then a no-op.
const fixtures = fromRoot('src', 'hcl', 'testdata');
for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.tf')).sort()) {
  test(`every edit keeps ${name} valid`, () => {
    const text = readFileSync(`${fixtures}/${name}`, 'utf8');
    const file = parseHcl(text, name);
    if (file.diagnostics.length) return; // fixtures of syntax errors are not for editing
    const apply = (edits: TextEdit[]): HclFile => {
      const result = parseHcl(applyEdits(text, edits), name);
      assert.deepEqual(messages(result), [], `${name} after ${JSON.stringify(edits)}`);
      return result;
    };
    const total = countItems(file.body);
    for (const { block, path } of allBlocks(file.body)) {
      const where = `${name} block ${block.type.name} at ${path.join('.')}`;
      const set = apply(setAttribute(file, block, 'kensa_probe', '{\n  a = "ü"\n}'));
      assert.equal(countItems(set.body), total + 1, where);
      assert.deepEqual(setAttribute(set, blockAt(set, path), 'kensa_probe', '{\n  a = "ü"\n}'), [], where);
      const nested = apply(ensureNestedAttribute(file, block, ['kensa_block', 'kensa_probe'], 'true'));
      assert.equal(countItems(nested.body), total + 2, where);
      assert.deepEqual(ensureNestedAttribute(nested, blockAt(nested, path), ['kensa_block', 'kensa_probe'], 'true'), [], where);
      const removed = apply(removeBlock(file, block));
      assert.equal(countItems(removed.body), total - 1 - countItems(block.body), where);
      for (const item of block.body.items) {
        if (item.kind !== 'attribute') continue;
        const gone = apply(removeAttribute(file, block, item.name.name));
        assert.equal(countItems(gone.body), total - 1, `${where} without ${item.name.name}`);
        assert.deepEqual(removeAttribute(gone, blockAt(gone, path), item.name.name), [], where);
      }
    }
    if (file.body.items.length) {
      const last = file.body.items.filter((i): i is Block => i.kind === 'block').at(-1);
      if (last) apply(insertTopLevelBlockAfter(file, last, { type: 'kensa_probe', labels: ['x'] }));
    }
  });
}
