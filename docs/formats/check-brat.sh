#!/bin/sh
# check-brat.sh BRAT_CHECKOUT BRAT_EXPORT
#
# Loads a Veritag brat export into brat itself, offline: a scratch copy of
# a brat checkout (github.com/nlplab/brat, Python 3; not part of Veritag)
# serves the export as a collection with its own standalone server, and
# every document is fetched through brat's ajax API (getDocument), which
# parses the .ann files with brat's annotation.py, reads annotation.conf
# and verifies the annotations. brat's command-line verifier
# (server/src/verify_annotations.py) runs on every file too.
# Prints one line per document and "brat: N documents OK"; exit 1 on any
# problem. Needs python3 (3.12 or older: brat uses the cgi module) and curl.
# On Python 3.11+ a sitecustomize shim puts back what brat uses and 3.11
# removed: codecs.open modes lose the 'U' (universal newlines) that brat's
# open_textfile adds (binary-mode codecs.open never acted on it), and
# inspect.getargspec is rebuilt from getfullargspec.
set -eu
brat=$(cd "$1" && pwd)
export_dir=$(cd "$2" && pwd)
work=$(mktemp -d)
cleanup() {
	[ -n "${server:-}" ] && kill "$server" 2>/dev/null; [ -n "${KEEP:-}" ] && cp -R "$work" "$KEEP"
	rm -rf "$work"
}
trap cleanup EXIT

# brat's layout: data and work folders inside the installation (brat
# looks for annotation.conf only below BASE_DIR).
cp -R "$brat" "$work/brat"
data="$work/brat/data"
mkdir -p "$data" "$work/brat/work"
cp -R "$export_dir" "$data/veritag"
cat >"$work/brat/config.py" <<CONF
ADMIN_CONTACT_EMAIL = 'nobody@example.org'
BASE_DIR = '$work/brat'
DATA_DIR = '$data'
WORK_DIR = '$work/brat/work'
USER_PASSWORD = {}
MAX_SEARCH_RESULT_NUMBER = 1000
DEBUG = False
TUTORIALS = False
LL_DEBUG, LL_INFO, LL_WARNING, LL_ERROR, LL_CRITICAL = list(range(5))
LOG_LEVEL = LL_WARNING
SIMSTRING_DEFAULT_UNICODE = True
CONF
mkdir -p "$work/shim"
cat >"$work/shim/sitecustomize.py" <<'SHIM'
import codecs
_open = codecs.open
def _open_without_u(filename, mode="r", *args, **kwargs):
    return _open(filename, mode.replace("U", ""), *args, **kwargs)
codecs.open = _open_without_u
import inspect
if not hasattr(inspect, "getargspec"):
    def _getargspec(f):
        s = inspect.getfullargspec(f)
        return s.args, s.varargs, s.varkw, s.defaults
    inspect.getargspec = _getargspec
SHIM
export PYTHONPATH="$work/shim:$work/brat"

# brat's own verifier: prints one line per issue, nothing when all is well.
issues=$(cd "$work/brat/server/src" && python3 verify_annotations.py "$data"/veritag/*.ann)
if [ -n "$issues" ]; then
	echo "$issues"
	exit 1
fi

# Serve on the loopback address only (brat's default is every interface).
sed -i "s/^_DEFAULT_SERVER_ADDR = .*/_DEFAULT_SERVER_ADDR = '127.0.0.1'/" "$work/brat/standalone.py"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work/brat" && exec python3 standalone.py "$port" >"$work/server.log" 2>&1) &
server=$!
url="http://127.0.0.1:$port/ajax.cgi"
tries=0
until curl -sf "$url?action=getCollectionInformation&collection=/" >/dev/null; do
	tries=$((tries + 1))
	if [ "$tries" -gt 100 ] || ! kill -0 "$server" 2>/dev/null; then
		cat "$work/server.log"
		exit 1
	fi
	sleep 0.1 # polling the server's start-up
done

python3 - "$url" "$data/veritag" <<'PY'
import json, os, sys, urllib.request
url, folder = sys.argv[1], sys.argv[2]

def ajax(**params):
    query = "&".join("%s=%s" % kv for kv in params.items())
    with urllib.request.urlopen(url + "?" + query) as r:
        return json.load(r)

problems = []
def problem(msg):
    problems.append(msg)
    print("PROBLEM:", msg)

info = ajax(action="getCollectionInformation", collection="/veritag/")
types = {t["type"] for t in info.get("entity_types", [])}
conf_types = [l.strip() for l in open(os.path.join(folder, "annotation.conf"), encoding="utf-8")
              if l.strip() and not l.startswith(("[", "#"))]
if set(conf_types) != types:
    problem("brat read entity types %s from annotation.conf, which lists %s" % (sorted(types), conf_types))
docs = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".ann"))
for doc in docs:
    d = ajax(action="getDocument", collection="/veritag/", document=doc)
    for m in d.get("messages", []):
        if m[1] in ("error", "warning"):
            problem("%s: brat says %s" % (doc, m[0]))
    text = d["text"]
    want_t = sum(1 for l in open(os.path.join(folder, doc + ".ann"), encoding="utf-8") if l.startswith("T"))
    if len(d["entities"]) != want_t:
        problem("%s: brat shows %d entities, the file has %d" % (doc, len(d["entities"]), want_t))
    spans = {}
    for eid, typ, frags in d["entities"]:
        if typ not in types:
            problem("%s: %s has type %s, not declared" % (doc, eid, typ))
        key = tuple(map(tuple, frags))
        if key in spans:
            problem("%s: %s and %s over one span" % (doc, spans[key], eid))
        spans[key] = eid
    notes = [c for c in d.get("comments", []) if c[1] == "AnnotatorNotes"]
    print("%s: %d entities, %d annotator notes, %d characters" % (doc, len(d["entities"]), len(notes), len(text)))
if problems:
    sys.exit(1)
print("brat: %d documents OK" % len(docs))
PY
