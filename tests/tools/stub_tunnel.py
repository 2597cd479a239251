#!/usr/bin/env python3
"""A stand-in for a tunnel program, for fer's tests: a reverse proxy on
127.0.0.1 that forwards every request to TARGET and prints its "public" URL
the way cloudflared does. With --second-url-after S it opens a second port
after S seconds and prints that URL too (a tunnel whose URL changed).
Its pid goes to $STUB_TUNNEL_PID when that is set."""
import http.server, os, socketserver, sys, threading, time, urllib.error, urllib.request

target = sys.argv[1].rstrip("/")
second = None
if "--second-url-after" in sys.argv:
    second = float(sys.argv[sys.argv.index("--second-url-after") + 1])
if os.environ.get("STUB_TUNNEL_PID"):
    open(os.environ["STUB_TUNNEL_PID"], "w").write(str(os.getpid()))

class Proxy(http.server.BaseHTTPRequestHandler):
    def relay(self):
        n = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(n) if n else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
        req = urllib.request.Request(target + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=20) as r:
                status, data, rh = r.status, r.read(), r.headers
        except urllib.error.HTTPError as e:
            status, data, rh = e.code, e.read(), e.headers
        except Exception as e:
            status, data, rh = 502, str(e).encode(), {}
        self.send_response(status)
        if rh.get("content-type"):
            self.send_header("content-type", rh.get("content-type"))
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = relay
    def log_message(self, *a):
        pass

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

def serve():
    s = Server(("127.0.0.1", 0), Proxy)
    threading.Thread(target=s.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d" % s.server_address[1]
    print("INF +--------------------------------------------------------------+", file=sys.stderr)
    print("INF |  Your quick Tunnel has been created! Visit it at:            |", file=sys.stderr)
    print("INF |  %s                                  |" % url, file=sys.stderr, flush=True)
    return s

serve()
if second is not None:
    time.sleep(second)
    serve()
while True:
    time.sleep(3600)
