#!/usr/bin/env python3
"""Writes a large valid content repository for benchmarks: make-corpus.py DIR [FILES] [--free-pages].

The mix follows a big organization: many evaluations and stories, fewer teams and mandates.
With --free-pages, FILES is the number of free pages instead, beside a small organization (5
teams, 50 people): 20 pages directly in pages/, the rest in sections of 50 (pages/sectie-N/), for
measuring how the handbook grows with its pages.
Every body has a table, a task list, strikethrough, an autolink and a link to another file, so
cmark-gfm's extensions all do work. Bodies are also written to DIR.bodies/ for timing cmark-gfm alone.
"""
import os
import sys

arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
free_pages = "--free-pages" in sys.argv
root = arguments[0]
total = int(arguments[1]) if len(arguments) > 1 else 10_000
teams = 50
people = 500
mandates = 1_000
stories = 2_000
sessions = 200
pages = 249
if free_pages:
    teams, people, mandates, stories, sessions, pages = 5, 50, 0, 0, 0, total
evaluations = 0 if free_pages else total - 1 - teams - people - mandates - stories - sessions - pages

BODY = """
## Verslag {n}

We bespraken het rooster en de ~~oude~~ nieuwe afspraken. Zie https://example.org/{n} en
[het team](../teams/team-{t}.md).

| onderwerp | besluit |
|---|---|
| rooster | team beslist |
| budget {n} | binnen kader |

- [x] rooster gemaakt
- [ ] evaluatie plannen

Een langere alinea met **nadruk** en _cursief_ om de tekst wat gewicht te geven, zoals een echt
verslag van een teamoverleg dat een coach na afloop opschrijft. {n}
"""


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def body(n, t, depth="../"):
    return BODY.format(n=n, t=t).replace("../teams/", depth + "teams/")


bodies = []


def content(path, front, n, t, depth="../"):
    text = body(n, t, depth)
    bodies.append(text)
    write(path, "---\n" + front + "---\n" + text)


content("content/organization.md", "title: Groot kader\nmission: Zorg.\nvision: Zelfsturing.\nvalues:\n  - id: vertrouwen\n    name: Vertrouwen\n", 0, 0, "")
for t in range(teams):
    members = ", ".join(f"p{(t * 10 + i) % people}" for i in range(10))
    content(f"content/teams/team-{t}.md", f"name: Team {t}\npurpose: Werk {t}.\nphase: learning\nmembers: [{members}]\nroles:\n  - id: planner\n    name: Planner\n    holder: p{(t * 10) % people}\n", t, t)
for p in range(people):
    content(f"content/people/p{p}.md", f"name: Persoon {p}\ntitle: Verzorgende\n", p, p % teams)
for m in range(mandates):
    t = m % teams
    content(f"content/mandates/m{m}.md", f"title: Mandaat {m}\nteam: team-{t}\narea: budget\nholder: team\nlevel: {m % 7 + 1}\nlimit: Binnen budget.\nsince: 2026-05-01\nreview: 2027-05-01\nhistory:\n  - date: 2026-01-01\n    level: 1\n", m, t)
for s in range(stories):
    t = s % teams
    content(f"content/stories/s{s}.md", f"title: Verhaal {s}\ndate: 2026-10-01\nkind: success\nteam: team-{t}\nvalues: [vertrouwen]\n", s, t)
for s in range(sessions):
    content(f"content/sessions/sessie-{s}.md", f"title: Sessie {s}\ndate: 2026-09-01\ntopic: budget\nteams: [team-{s % teams}, team-{(s + 1) % teams}]\n", s, s % teams)
for p in range(pages):
    if free_pages and p >= 20:
        content(f"content/pages/sectie-{(p - 20) // 50}/pagina-{p}.md", f"title: Pagina {p}\norder: {p}\n", p, p % teams, "../../")
    else:
        content(f"content/pages/pagina-{p}.md", f"title: Pagina {p}\norder: {p}\n", p, p % teams)
for e in range(evaluations):
    t = e % teams
    day = 1 + (e // teams) % 28
    month = 1 + (e // (teams * 28)) % 11
    content(f"content/evaluations/team-{t}/2026-{month:02d}-{day:02d}.md",
            f"team: team-{t}\ndate: 2026-{month:02d}-{day:02d}\nparticipants: 5\nscores:\n  autonomy: 3.5\n  mastery: 3.2\nsteering: same\nwent_well: [Rooster]\nactions:\n  - id: a{e}\n    title: Actie\n    owner: p{(t * 10) % people}\n    due: 2027-01-01\n",
            e, t, "../../")
write("kader.yml", "title: Benchmark\nrules:\n  stale-team: off\n")
os.makedirs(root + ".bodies", exist_ok=True)
with open(os.path.join(root + ".bodies", "all.md"), "w") as f:
    f.write("\n".join(bodies))
print(f"{1 + teams + people + mandates + stories + sessions + pages + evaluations} files in {root}")
