# expect: aws-cloudsearch-https-not-enforced
resource "aws_cloudsearch_domain" "products" {
  name = "products"

  index_field {
    name = "title"
    type = "text"
  }
}

resource "aws_cloudsearch_domain" "docs" {
  name = "docs"

  endpoint_options {
    # expect: aws-cloudsearch-https-not-enforced
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  index_field {
    name = "body"
    type = "text"
  }
}

resource "aws_cloudsearch_domain" "orders" {
  name = "orders"

  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }

  index_field {
    name = "customer"
    type = "literal"
  }
}
