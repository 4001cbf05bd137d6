# expect: aws-appflow-flow-without-cmk
resource "aws_appflow_flow" "accounts" {
  name = "salesforce-accounts"

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "salesforce-prod"

    source_connector_properties {
      salesforce {
        object = "Account"
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"

    destination_connector_properties {
      s3 {
        bucket_name = "crm-exports"
      }
    }
  }

  task {
    source_fields = ["Id", "Name"]
    task_type     = "Map_all"
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}

resource "aws_kms_key" "appflow" {
  description         = "AppFlow"
  enable_key_rotation = true
}

resource "aws_appflow_flow" "contacts" {
  name    = "salesforce-contacts"
  kms_arn = aws_kms_key.appflow.arn

  source_flow_config {
    connector_type         = "Salesforce"
    connector_profile_name = "salesforce-prod"

    source_connector_properties {
      salesforce {
        object = "Contact"
      }
    }
  }

  destination_flow_config {
    connector_type = "S3"

    destination_connector_properties {
      s3 {
        bucket_name = "crm-exports"
      }
    }
  }

  task {
    source_fields = ["Id", "Email"]
    task_type     = "Map_all"
  }

  trigger_config {
    trigger_type = "OnDemand"
  }
}
