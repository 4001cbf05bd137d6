# An IAM module: assumable roles for services, OIDC providers and accounts, custom policies,
# users and groups.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_id          = data.aws_caller_identity.current.account_id
  partition           = data.aws_partition.current.partition
  role_sts_externalid = flatten([var.role_sts_externalid])
  role_name_condition = var.role_name != null ? var.role_name : "${var.role_name_prefix}*"

  trusted_role_arns = distinct(concat(
    var.trusted_role_arns,
    [for account in var.trusted_account_ids : "arn:${local.partition}:iam::${account}:root"],
  ))

  oidc_providers = { for p in var.oidc_providers : replace(p.url, "https://", "") => p }

  managed_policy_arns = toset(compact(concat(
    var.custom_role_policy_arns,
    var.attach_admin_policy ? ["arn:${local.partition}:iam::aws:policy/AdministratorAccess"] : [],
    var.attach_readonly_policy ? ["arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"] : [],
  )))

  group_memberships = merge([
    for user, cfg in var.users : {
      for group in cfg.groups : "${user}/${group}" => {
        user  = user
        group = group
      }
    }
  ]...)

  users_by_team = { for name, user in var.users : user.team => name... }
}

data "aws_iam_policy_document" "assume_role" {
  count = var.create_role ? 1 : 0

  dynamic "statement" {
    # https://aws.amazon.com/blogs/security/announcing-an-update-to-iam-role-trust-policy-behavior/
    for_each = var.allow_self_assume_role ? [1] : []

    content {
      sid     = "ExplicitSelfRoleAssumption"
      effect  = "Allow"
      actions = ["sts:AssumeRole"]

      principals {
        type        = "AWS"
        identifiers = ["*"]
      }

      condition {
        test     = "ArnLike"
        variable = "aws:PrincipalArn"
        values   = ["arn:${local.partition}:iam::${local.account_id}:role${var.role_path}${local.role_name_condition}"]
      }
    }
  }

  statement {
    effect  = "Allow"
    actions = compact(distinct(concat(["sts:AssumeRole"], var.trusted_role_actions)))

    principals {
      type        = "AWS"
      identifiers = local.trusted_role_arns
    }

    principals {
      type        = "Service"
      identifiers = var.trusted_role_services
    }

    dynamic "condition" {
      for_each = var.role_requires_mfa ? [1] : []
      content {
        test     = "Bool"
        variable = "aws:MultiFactorAuthPresent"
        values   = ["true"]
      }
    }

    dynamic "condition" {
      for_each = length(local.role_sts_externalid) != 0 ? [true] : []
      content {
        test     = "StringEquals"
        variable = "sts:ExternalId"
        values   = local.role_sts_externalid
      }
    }
  }

  dynamic "statement" {
    for_each = local.oidc_providers

    content {
      effect  = "Allow"
      actions = ["sts:AssumeRoleWithWebIdentity"]

      principals {
        type        = "Federated"
        identifiers = ["arn:${local.partition}:iam::${local.account_id}:oidc-provider/${statement.key}"]
      }

      condition {
        test     = var.assume_role_condition_test
        variable = "${statement.key}:sub"
        values   = [for sa in statement.value.service_accounts : "system:serviceaccount:${sa}"]
      }

      # https://aws.amazon.com/premiumsupport/knowledge-center/eks-troubleshoot-oidc-and-irsa/?nc1=h_ls
      condition {
        test     = var.assume_role_condition_test
        variable = "${statement.key}:aud"
        values   = ["sts.amazonaws.com"]
      }
    }
  }
}

resource "aws_iam_role" "this" {
  count = var.create_role ? 1 : 0

  name                 = var.role_name
  name_prefix          = var.role_name_prefix
  path                 = var.role_path
  max_session_duration = var.max_session_duration
  description          = var.role_description

  force_detach_policies = var.force_detach_policies
  permissions_boundary  = var.role_permissions_boundary_arn

  assume_role_policy = var.custom_role_trust_policy != "" ? var.custom_role_trust_policy : data.aws_iam_policy_document.assume_role[0].json

  tags = var.tags
}

resource "aws_iam_role_policy_attachment" "custom" {
  for_each = { for arn in local.managed_policy_arns : arn => arn if var.create_role }

  role       = aws_iam_role.this[0].name
  policy_arn = each.value
}

resource "aws_iam_instance_profile" "this" {
  count = var.create_role && var.create_instance_profile ? 1 : 0

  name = var.role_name
  path = var.role_path
  role = aws_iam_role.this[0].name

  tags = var.tags
}

################################################################################
# Custom policy
################################################################################

resource "aws_iam_policy" "custom" {
  for_each = var.policies

  name        = each.key
  path        = try(each.value.path, "/")
  description = try(each.value.description, "Managed by Terraform")

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      for idx, stmt in each.value.statements : {
        Sid      = try(stmt.sid, "Statement${idx}")
        Effect   = try(stmt.effect, "Allow")
        Action   = stmt.actions
        Resource = try(stmt.resources, ["*"])
        Condition = try(stmt.conditions, null) == null ? null : {
          for c in stmt.conditions : c.test => { (c.variable) = c.values }...
        }
      }
    ]
  })

  tags = merge(var.tags, try(each.value.tags, {}))
}

resource "aws_iam_policy" "boundary" {
  count = var.create_boundary_policy ? 1 : 0

  name   = "${var.name_prefix}boundary"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ${jsonencode(var.boundary_allowed_actions)},
          "Resource": "*"
        },
        {
          "Effect": "Deny",
          "Action": [
            "iam:CreateUser",
            "iam:DeleteRolePermissionsBoundary"
          ],
          "Resource": "arn:${local.partition}:iam::${local.account_id}:*"
        }
      ]
    }
  EOF
}

################################################################################
# OIDC provider
################################################################################

data "tls_certificate" "this" {
  for_each = { for k, v in local.oidc_providers : k => v if var.create_oidc_provider }

  url = each.value.url
}

resource "aws_iam_openid_connect_provider" "this" {
  for_each = { for k, v in local.oidc_providers : k => v if var.create_oidc_provider }

  url             = each.value.url
  client_id_list  = coalescelist(try(each.value.client_ids, []), ["sts.amazonaws.com"])
  thumbprint_list = distinct(concat(data.tls_certificate.this[each.key].certificates[*].sha1_fingerprint, try(each.value.thumbprints, [])))

  tags = merge(var.tags, { Name = "${each.key}-oidc" })
}

################################################################################
# Users and groups
################################################################################

resource "aws_iam_group" "this" {
  for_each = toset(flatten([for u in values(var.users) : u.groups]))

  name = each.value
  path = "/groups/"
}

resource "aws_iam_user" "this" {
  for_each = var.users

  name          = each.key
  path          = try(each.value.path, "/users/")
  force_destroy = try(each.value.force_destroy, false)

  tags = merge(var.tags, {
    Team  = each.value.team
    Email = lower(each.value.email)
  })
}

resource "aws_iam_user_group_membership" "this" {
  for_each = var.users

  user   = aws_iam_user.this[each.key].name
  groups = [for g in each.value.groups : aws_iam_group.this[g].name]
}

resource "aws_iam_user_login_profile" "this" {
  for_each = { for k, v in var.users : k => v if try(v.console_access, false) }

  user                    = aws_iam_user.this[each.key].name
  pgp_key                 = var.pgp_key
  password_length         = 20
  password_reset_required = true

  lifecycle {
    ignore_changes = [password_length, password_reset_required, pgp_key]
  }
}

resource "aws_iam_account_password_policy" "this" {
  count = var.manage_password_policy ? 1 : 0

  minimum_password_length        = var.minimum_password_length
  require_lowercase_characters   = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = 24
}
