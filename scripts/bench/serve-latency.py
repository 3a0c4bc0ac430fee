#!/usr/bin/env python3
"""How long a coach waits in `kader serve`: save → the changed page served.

    python3 scripts/bench/serve-latency.py KADER REPOSITORY [EDITS]

Copies REPOSITORY (the benchmark corpus of make-model-corpus.py) to a folder of its own, dated an
hour back as a checkout would be, starts `KADER serve` on it and makes EDITS (default 100) saves
the way editors save (a new file renamed over the old one), cycling through eight kinds: a
story's title and body, a mandate's title, a check-in's `went_well`, a team's purpose, a person's
name, a session's title and a free page's title. After each save it asks for the page that shows
the change every 2 ms until the new text is there. The first 20 saves (each kind at least twice)
give the latency figures; then a save that breaks a file (the findings page must show it) and
its repair; then the first report asked for after a save; resident memory after the first
refresh, after the first save and after all saves, each read once the preview is idle (a second
after the page was served: the last site is freed while the new one is served already).
"""
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def idle_rss_kb(pid):
    time.sleep(1)
    return rss_kb(pid)


def main():
    kader, source = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    work = tempfile.mkdtemp(prefix="kader-serve-bench-")
    root = os.path.join(work, "repo")
    shutil.copytree(source, root)
    hour_ago = time.time() - 3600
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (hour_ago, hour_ago))
    content = os.path.join(root, "content")
    count = sum(len(files) for _, _, files in os.walk(content))

    server = subprocess.Popen([kader, "serve", root, "--port", "0", "--today", "2026-11-22"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    started = time.monotonic()
    port = None
    log = []
    while port is None:
        line = server.stdout.readline()
        if not line:
            sys.exit("serve stopped: " + "".join(log))
        log.append(line)
        match = re.search(r"127\.0\.0\.1:(\d+)/ and", line)
        if match:
            port = int(match.group(1))
    first_ready = time.monotonic() - started
    connection = http.client.HTTPConnection("127.0.0.1", port)

    def get(path):
        connection.request("GET", path)
        response = connection.getresponse()
        return response.read().decode("utf-8", "replace")

    get("/")
    memory_first = idle_rss_kb(server.pid)

    def save(path, change):
        full = os.path.join(root, path)
        with open(full, encoding="utf-8") as handle:
            text = handle.read()
        new = change(text)
        temporary = os.path.join(os.path.dirname(full), ".kader-bench.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(new)
        start = time.monotonic()
        os.replace(temporary, full)
        return start

    def wait_for(url, marker, start, timeout=30, gone=False):
        while time.monotonic() - start < timeout:
            if (marker in get(url)) != gone:
                return (time.monotonic() - start) * 1000
            time.sleep(0.002)
        sys.exit(f"{url} did not show {marker!r} within {timeout} s")

    def field(name):
        return lambda marker: lambda text: re.sub(rf"(?m)^{name}: .*$", f"{name}: {marker}", text, count=1)

    kinds = [
        ("story title", "content/stories/team-{n}-verhaal-1.md", "/stories/team-{n}-verhaal-1.html", field("title")),
        ("story body", "content/stories/team-{n}-verhaal-2.md", "/stories/team-{n}-verhaal-2.html",
         lambda marker: lambda text: text + f"\n\nNog een alinea: {marker}.\n"),
        ("mandate title", "content/mandates/team-{n}-m1.md", "/mandates/team-{n}-m1.html", field("title")),
        ("check-in went_well", "content/evaluations/team-{n}/{second}.md", "/evaluations/team-{n}/{second}.html",
         lambda marker: lambda text: re.sub(r"(?m)^went_well:\n  - .*$", f"went_well:\n  - {marker}", text, count=1)),
        ("team purpose", "content/teams/team-{n}.md", "/teams/team-{n}.html", field("purpose")),
        ("person name", "content/people/p-{n}-1.md", "/people/p-{n}-1.html", field("name")),
        ("session title", "content/sessions/sessie-{n}-0.md", "/sessions/sessie-{n}-0.html", field("title")),
        ("page title", "content/pages/pagina-{n}.md", "/pages/pagina-{n}.html", field("title")),
    ]
    latencies = []
    memory_after_first_save = None
    for index in range(edits):
        name, path, url, change = kinds[index % len(kinds)]
        n = (index * 7) % 20
        marker = f"Bewerking {index}"
        # A team's second check-in (the days differ per team).
        second = sorted(os.listdir(os.path.join(content, "evaluations", f"team-{n}")))[1][:-3]
        start = save(path.format(n=n, second=second), change(marker))
        latency = wait_for(url.format(n=n, second=second), marker, start)
        if index < 20:
            latencies.append((name, latency))
        if index == 0:
            memory_after_first_save = idle_rss_kb(server.pid)
    memory_last = idle_rss_kb(server.pid)

    # A broken file: the findings page instead of the page, then the repair.
    start = save("content/people/p-3-1.md", lambda text: text.replace("---\n", "---\nleft: gisteren\n", 1))
    broken = wait_for("/people/p-3-1.html", "p-3-1.md:2:1", start)
    start = save("content/people/p-3-1.md", lambda text: text.replace("left: gisteren\n", "", 1))
    repaired = wait_for("/people/p-3-1.html", "p-3-1.md:2:1", start, gone=True)

    # The first report after a save: the reports are computed when one is asked for.
    start = save("content/stories/team-5-verhaal-3.md", field("title")("Rapportbewerking"))
    wait_for("/stories/team-5-verhaal-3.html", "Rapportbewerking", start)
    report_start = time.monotonic()
    get("/reports/")
    report = (time.monotonic() - report_start) * 1000

    server.terminate()
    server.wait()
    shutil.rmtree(work)

    values = sorted(latency for _, latency in latencies)
    p95 = values[max(0, int(round(0.95 * len(values))) - 1)]
    print(f"repository: {count} content files; first refresh and address: {first_ready * 1000:.0f} ms")
    print(f"save → changed page served, first 20 saves: median {statistics.median(values):.0f} ms, "
          f"95th percentile {p95:.0f} ms, min {values[0]:.0f} ms, max {values[-1]:.0f} ms")
    by_kind = {}
    for name, latency in latencies:
        by_kind.setdefault(name, []).append(latency)
    for name, found in by_kind.items():
        print(f"  {name}: " + ", ".join(f"{value:.0f}" for value in found) + " ms")
    print(f"a broken file shown on the page: {broken:.0f} ms; repaired: {repaired:.0f} ms")
    print(f"first report asked for after a save: {report:.0f} ms")
    print(f"resident memory: {memory_first // 1024} MB after the first refresh, "
          f"{memory_after_first_save // 1024} MB after the first save, {memory_last // 1024} MB after {edits} saves "
          f"({(memory_last / memory_first - 1) * 100:+.1f} % against the first refresh, "
          f"{(memory_last / memory_after_first_save - 1) * 100:+.1f} % against the first save)")


if __name__ == "__main__":
    main()
