acl = "public-read"
