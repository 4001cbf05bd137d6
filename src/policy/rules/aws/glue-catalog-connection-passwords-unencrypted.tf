resource "aws_kms_key" "glue" {
  description         = "glue catalog"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "dev" {
  catalog_id = "111111111111"

  data_catalog_encryption_settings {
    connection_password_encryption {
      # expect: aws-glue-catalog-connection-passwords-unencrypted
      return_connection_password_encrypted = false
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue.arn
    }
  }
}

resource "aws_glue_data_catalog_encryption_settings" "prod" {
  catalog_id = "333333333333"

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.glue.arn
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue.arn
    }
  }
}
