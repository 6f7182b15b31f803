package org.barometer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer of {@link TwoInstances}: round robin over the servers, no
 * sticky sessions, on loopback only, in the foreground of a child process with every file in the
 * test's folder. A server that refuses the connection is skipped for 5 s, and a request it never
 * received is sent to the next server; a request it received is not sent twice (nginx's default for
 * a POST), so a submission the killed server had taken ends with 502 and is not acknowledged.
 */
final class Nginx {

  private Nginx() {}

  static Process start(Path dir, int port, List<Integer> servers) throws IOException {
    Path root = dir.toAbsolutePath();
    Files.createDirectories(root.resolve("nginx-temp"));
    String upstreams =
        servers.stream()
            .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
            .collect(Collectors.joining("\n"));
    String temp = root.resolve("nginx-temp").toString();
    String conf =
        String.join(
            "\n",
            "daemon off;",
            "worker_processes 1;",
            "pid " + root.resolve("nginx.pid") + ";",
            "error_log " + root.resolve("nginx-error.log") + " warn;",
            "events { worker_connections 512; }",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + temp + "/body;",
            "  proxy_temp_path " + temp + "/proxy;",
            "  fastcgi_temp_path " + temp + "/fastcgi;",
            "  uwsgi_temp_path " + temp + "/uwsgi;",
            "  scgi_temp_path " + temp + "/scgi;",
            "  upstream barometer {",
            upstreams,
            "    keepalive 32;",
            "  }",
            "  server {",
            "    listen 127.0.0.1:" + port + ";",
            "    client_max_body_size 210m;",
            "    location / {",
            "      proxy_pass http://barometer;",
            "      proxy_http_version 1.1;",
            "      proxy_set_header Connection \"\";",
            "      proxy_set_header Host $http_host;",
            "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
            "      proxy_set_header X-Forwarded-Proto $scheme;",
            "      proxy_connect_timeout 2s;",
            "      proxy_read_timeout 60s;",
            "      proxy_next_upstream error timeout;",
            "    }",
            "  }",
            "}",
            "");
    Path file = root.resolve("nginx.conf");
    Files.writeString(file, conf);
    return new ProcessBuilder("nginx", "-p", root.toString(), "-c", file.toString())
        .redirectErrorStream(true)
        .redirectOutput(root.resolve("nginx.out").toFile())
        .start();
  }
}
