data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket_acl" "downloads" {
  bucket = "acme-downloads"

  access_control_policy {
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    grant {
      grantee {
        type = "Group"
        # expect: aws-s3-acl-public-grant
        uri = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = "acme-access-logs"

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy-share"

  grant {
    type        = "Group"
    permissions = ["READ_ACP", "WRITE"]
    # expect: aws-s3-acl-public-grant
    uri = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
  }
}
