#!/usr/bin/env python3
"""A plain reference client for bench/run.sh: what fer's work costs when
written directly with a thread pool and urllib, against the same fer-hub.

  reference.py list HUB WORKERS            every webhook of every environment
  reference.py check HUB WORKERS FILE      list, then compare with an apply file (tomllib)
  reference.py test HUB WORKERS            POST a body to every webhook's URL
  reference.py create HUB WORKERS N ENV    create N webhooks in ENV
Prints nothing but a count on stdout."""
import concurrent.futures as cf
import json, sys, urllib.request

hub, workers = sys.argv[2], int(sys.argv[3])
api, acc = hub + "/v1", "acc-local"

def token():
    body = json.dumps({"grant_type": "client_credentials", "scope": "*",
                       "client_id": "fer-hub-admin", "client_secret": "hub-admin-secret"}).encode()
    r = urllib.request.urlopen(urllib.request.Request(hub + "/auth/%s/token" % acc, data=body,
                               headers={"content-type": "application/json"}))
    return json.load(r)["access_token"]

TOKEN = token()
H = {"authorization": "Bearer " + TOKEN}

def get(url):
    return json.load(urllib.request.urlopen(urllib.request.Request(url, headers=H)))

def envs():
    return get(api + "/accounts/%s/account_environments?_max_per_page=100" % acc)["items"]

def all_hooks(pool):
    """Every environment's first page, then every other page: one pool,
    WORKERS requests in flight."""
    es = envs()
    urls = [api + "/accounts/%s/account_environments/%s/webhooks" % (acc, e["id"]) for e in es]
    firsts = list(pool.map(lambda u: get(u + "?_max_per_page=100"), urls))
    rest = []
    for u, f in zip(urls, firsts):
        per = len(f["items"]) or 1
        rest += [(u, i) for i in range(2, -(-f["total_count"] // per) + 1)]
    pages = list(pool.map(lambda t: get(t[0] + "?_page=%d&_max_per_page=100" % t[1]), rest))
    by_url = {u: list(f["items"]) for u, f in zip(urls, firsts)}
    for (u, _), p in zip(rest, pages):
        by_url[u] += p["items"]
    return [(e, by_url[u]) for e, u in zip(es, urls)]

mode = sys.argv[1]
with cf.ThreadPoolExecutor(workers) as pool:
    if mode == "list":
        print(sum(len(h) for _, h in all_hooks(pool)))
    elif mode == "check":
        import tomllib
        want = tomllib.load(open(sys.argv[4], "rb"))["webhook"]
        have = {(e["environment"], h["event"], h["url"]): h.get("description", "") for e, hs in all_hooks(pool) for h in hs}
        drift = sum(1 for w in want if have.get((w["environment"], w["event"], w["url"])) != w.get("description", ""))
        print(drift)
    elif mode == "test":
        hooks = [h for _, hs in all_hooks(pool) for h in hs]
        def post(h):
            try:
                urllib.request.urlopen(urllib.request.Request(h["url"], data=b"{}", headers={"content-type": "application/json"}), timeout=10).read()
            except Exception:
                pass
        list(pool.map(post, hooks))
        print(len(hooks))
    elif mode == "create":
        n, env = int(sys.argv[4]), sys.argv[5]
        eid = [e["id"] for e in envs() if e["environment"] == env][0]
        url = api + "/accounts/%s/account_environments/%s/webhooks" % (acc, eid)
        def create(i):
            body = json.dumps({"event": "Flag.created", "url": "https://ref.example.com/%s/%d" % (env, i)}).encode()
            urllib.request.urlopen(urllib.request.Request(url, data=body, headers=dict(H, **{"content-type": "application/json"}))).read()
        list(pool.map(create, range(n)))
        print(n)
