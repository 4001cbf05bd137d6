# Heredoc closing markers followed by spaces or tabs (hcl accepts them).
spaces = <<EOT
x
EOT  
tab = <<EOT
y
EOT	
indented = <<EOT
z
  EOT  
flush = <<-EOT
    w
    EOT 
crlf = <<EOT
v
EOT  
last = 1
