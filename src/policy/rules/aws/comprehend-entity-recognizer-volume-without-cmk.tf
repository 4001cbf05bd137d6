resource "aws_kms_key" "comprehend" {
  description         = "comprehend"
  enable_key_rotation = true
}

# expect: aws-comprehend-entity-recognizer-volume-without-cmk
resource "aws_comprehend_entity_recognizer" "products" {
  name                 = "products"
  data_access_role_arn = "arn:aws:iam::123456789012:role/comprehend"
  language_code        = "en"
  model_kms_key_id     = aws_kms_key.comprehend.arn

  input_data_config {
    entity_types {
      type = "PRODUCT"
    }
    documents {
      s3_uri = "s3://acme-comprehend/documents.txt"
    }
    entity_list {
      s3_uri = "s3://acme-comprehend/entities.csv"
    }
  }
}

resource "aws_comprehend_entity_recognizer" "parts" {
  name                 = "parts"
  data_access_role_arn = "arn:aws:iam::123456789012:role/comprehend"
  language_code        = "en"
  model_kms_key_id     = aws_kms_key.comprehend.arn
  volume_kms_key_id    = aws_kms_key.comprehend.arn

  input_data_config {
    entity_types {
      type = "PART"
    }
    documents {
      s3_uri = "s3://acme-comprehend/parts.txt"
    }
    entity_list {
      s3_uri = "s3://acme-comprehend/parts.csv"
    }
  }
}
