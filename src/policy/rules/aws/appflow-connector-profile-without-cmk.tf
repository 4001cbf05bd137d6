# expect: aws-appflow-connector-profile-without-cmk
resource "aws_appflow_connector_profile" "zendesk" {
  name            = "zendesk-prod"
  connector_type  = "Zendesk"
  connection_mode = "Public"

  connector_profile_config {
    connector_profile_credentials {
      zendesk {
        client_id     = "kensa-export"
        client_secret = var.zendesk_secret
      }
    }

    connector_profile_properties {
      zendesk {
        instance_url = "https://example.zendesk.com"
      }
    }
  }
}

resource "aws_kms_key" "appflow" {
  description         = "AppFlow"
  enable_key_rotation = true
}

resource "aws_appflow_connector_profile" "redshift" {
  name            = "redshift-prod"
  connector_type  = "Redshift"
  connection_mode = "Public"
  kms_arn         = aws_kms_key.appflow.arn

  connector_profile_config {
    connector_profile_credentials {
      redshift {
        username = "appflow"
        password = var.redshift_password
      }
    }

    connector_profile_properties {
      redshift {
        bucket_name  = "appflow-staging"
        database_url = "jdbc:redshift://analytics.abc123.us-east-1.redshift.amazonaws.com:5439/dev"
        role_arn     = "arn:aws:iam::123456789012:role/appflow-redshift"
      }
    }
  }
}

variable "zendesk_secret" {
  type      = string
  sensitive = true
}

variable "redshift_password" {
  type      = string
  sensitive = true
}
