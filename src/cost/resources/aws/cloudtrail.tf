provider "aws" {
  region = "us-east-1"
}

# the organisation's audit trail: management events (the free first copy) and Insights
resource "aws_cloudtrail" "audit" {
  name                          = "audit"
  s3_bucket_name                = "example-audit-logs"
  is_multi_region_trail         = true
  include_global_service_events = true

  insight_selector {
    insight_type = "ApiCallRateInsight"
  }

  insight_selector {
    insight_type = "ApiErrorRateInsight"
  }
}

# S3 object-level logging for one bucket, no management events
resource "aws_cloudtrail" "s3_data" {
  name           = "s3-data"
  s3_bucket_name = "example-audit-logs"

  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::example-payments/"]
    }
  }
}

# a second copy of management events for the security team, plus Lambda data events
resource "aws_cloudtrail" "security" {
  name           = "security"
  s3_bucket_name = "example-security-logs"

  advanced_event_selector {
    name = "management"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }

  advanced_event_selector {
    name = "lambda invokes"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::Lambda::Function"]
    }
  }
}
