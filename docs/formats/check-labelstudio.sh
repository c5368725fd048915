#!/bin/sh
# check-labelstudio.sh LSF_PACKAGE TASKS_JSON
#
# Loads a Veritag labelstudio export into Label Studio's own frontend,
# offline, in headless Chromium: LSF_PACKAGE is the unpacked npm package
# @heartexlabs/label-studio@1.4.0 (the last one published with its build:
# `npm pack @heartexlabs/label-studio@1.4.0 && tar xzf *.tgz` gives
# ./package), TASKS_JSON our export with TASKS_JSON.config.xml beside it.
# For every task, the page hands Label Studio the labeling config and the
# task with its annotations, then reports what Label Studio made of them:
# per annotation, the results it serialises back (each labels, textarea and
# rating result must survive with its id and value) and, per region, the
# text it highlights on the page (it must be the sentence, value.text).
# Prints one line per task and "label studio: N tasks OK"; exit 1 on any
# problem. Needs python3 and chromium (Debian package).
set -eu
lsf=$(cd "$1" && pwd)
tasks=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
config="$tasks.config.xml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)

python3 - "$lsf" "$tasks" "$config" "$work" "$chrome" <<'PY'
import html, json, os, subprocess, sys
lsf, tasks_path, config_path, work, chrome = sys.argv[1:]
tasks = json.load(open(tasks_path, encoding="utf-8"))
config = open(config_path, encoding="utf-8").read()

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://%(lsf)s/build/static/css/main.css">
<script src="file://%(lsf)s/build/static/js/main.js"></script></head>
<body><div id="ls"></div><pre id="out">pending</pre><script>
var task = %(task)s, config = %(config)s;
function report(ls) {
  var out = [];
  ls.annotationStore.annotations.forEach(function (a) {
    ls.annotationStore.selectAnnotation(a.id);
    var regions = a.regionStore.regions.map(function (r) {
      var shown = (r._spans || []).map(function (s) { return s.textContent; }).join("");
      return {id: r.cleanId || r.id, shown: shown};
    });
    out.push({id: a.pk || a.id, result: a.serializeAnnotation(), regions: regions});
  });
  document.getElementById("out").textContent = JSON.stringify(out);
}
try {
  new LabelStudio("ls", {
    config: config, interfaces: ["panel", "annotations:tabs", "side-column"],
    user: {id: 1, firstName: "check", lastName: "", username: "check"},
    task: {id: 1, data: task.data, predictions: [], annotations: task.annotations.map(function (a, i) {
      return Object.assign({}, a, {id: i + 1});
    })},
    onLabelStudioLoad: function (ls) { setTimeout(function () { try { report(ls); } catch (e) {
      document.getElementById("out").textContent = "ERROR " + e; } }, 500); }
  });
} catch (e) { document.getElementById("out").textContent = "ERROR " + e; }
</script></body></html>"""

problems = 0
for n, task in enumerate(tasks, 1):
    page = os.path.join(work, "task%d.html" % n)
    with open(page, "w", encoding="utf-8") as f:
        f.write(PAGE % {"lsf": lsf, "task": json.dumps(task).replace("</", "<\\/"),
                        "config": json.dumps(config).replace("</", "<\\/")})
    dom = subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                          "--virtual-time-budget=30000", "--dump-dom", "file://" + page],
                         capture_output=True, text=True, timeout=300).stdout
    start, end = dom.find('<pre id="out">'), dom.find("</pre>", dom.find('<pre id="out">'))
    got = html.unescape(dom[start + len('<pre id="out">'):end]) if start >= 0 else "no output"
    if not got.startswith("["):
        print("task %d: PROBLEM: %s" % (n, got[:300]))
        problems += 1
        continue
    got = json.loads(got)
    task_problems = []
    if len(got) != len(task["annotations"]):
        task_problems.append("%d annotations shown, %d exported" % (len(got), len(task["annotations"])))
    counts = {}
    by_id = {str(g["id"]): g for g in got}  # Label Studio lists the newest first
    for i, want in enumerate(task["annotations"]):
        have = by_id.get(str(i + 1), {"result": [], "regions": []})
        who = want["veritag_annotator"]
        have_results = {(r["id"], r["from_name"], r["type"]): r["value"] for r in have["result"]}
        for r in want["result"]:
            key = (r["id"], r["from_name"], r["type"])
            counts[r["type"]] = counts.get(r["type"], 0) + 1
            v = have_results.get(key)
            if v is None:
                task_problems.append("%s: result %s dropped by Label Studio" % (who, key))
                continue
            for field in ("start", "end", "labels", "rating", "text"):
                if field in r["value"] and v.get(field) != r["value"][field]:
                    task_problems.append("%s: %s %s = %r, exported %r" % (who, key, field, v.get(field), r["value"][field]))
        texts = {r["id"]: r["value"]["text"] for r in want["result"] if r["type"] == "labels"}
        for reg in have["regions"]:
            if reg["id"] in texts and reg["shown"] != texts[reg["id"]]:
                task_problems.append("%s: region %s highlights %r, not the sentence %r" % (who, reg["id"], reg["shown"][:60], texts[reg["id"]][:60]))
    for p in task_problems[:10]:
        print("task %d: PROBLEM: %s" % (n, p))
    problems += len(task_problems)
    print("task %d: %d annotations, %s" % (n, len(got), ", ".join("%d %s" % (c, t) for t, c in sorted(counts.items()))))
if problems:
    sys.exit(1)
print("label studio: %d tasks OK" % len(tasks))
PY
