# expect: aws-keyspaces-table-without-cmk
resource "aws_keyspaces_table" "events" {
  keyspace_name = "telemetry"
  table_name    = "events"

  schema_definition {
    column {
      name = "device_id"
      type = "text"
    }

    partition_key {
      name = "device_id"
    }
  }
}

resource "aws_kms_key" "keyspaces" {
  description         = "Keyspaces"
  enable_key_rotation = true
}

resource "aws_keyspaces_table" "readings" {
  keyspace_name = "telemetry"
  table_name    = "readings"

  schema_definition {
    column {
      name = "device_id"
      type = "text"
    }

    partition_key {
      name = "device_id"
    }
  }

  encryption_specification {
    type               = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_identifier = aws_kms_key.keyspaces.arn
  }
}
