# Generic HCL (a Packer/Nomad-style file): blocks and attributes without Terraform meaning.
job "web" {
  datacenters = ["dc1"]
  type        = "service"

  group "frontend" {
    count = 2

    task "server" {
      driver = "docker"
      config {
        image = "nginx:1.27"
        ports = ["http"]
      }
      resources {
        cpu    = 500
        memory = 256
      }
      template {
        data        = <<-EOH
          upstream = {{ env "NOMAD_ADDR_http" }}
        EOH
        destination = "local/app.env"
      }
    }
  }
}
