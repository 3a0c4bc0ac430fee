#!/usr/bin/env python3
"""Writes a model-shaped content repository: make-model-corpus.py DIR [TEAMS] [WEEKS].

TEAMS teams (default 100) that each check in every week for WEEKS weeks (default 100), with what
such an organization also writes per team: 10 people, 10 mandates with history, reviews and
pauses, 30 stories of every kind, 5 joint sessions and about 9 free pages. 100 × 100 gives
16,468 files. Every type and field of the model occurs, bodies are
realistic (headings, tables, task lists, strikethrough, autolinks) and link to other files, and
the repository passes `kader check` without errors. Scores, participants and steering vary, so
some check-ins fall below the anonymity threshold and some teams go quiet.

The same files serve Hugo: with --hugo HUGO_DIR the script also writes a Hugo site whose content
is every Markdown file of the repository, with minimal layouts (scripts/bench/vs-hugo.sh).
"""
import os
import random
import sys
from datetime import date, timedelta

arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
hugo = None
if "--hugo" in sys.argv:
    hugo = sys.argv[sys.argv.index("--hugo") + 1]
    arguments.remove(hugo)
root = arguments[0]
teams = int(arguments[1]) if len(arguments) > 1 else 100
weeks = int(arguments[2]) if len(arguments) > 2 else 100
random.seed(20261202)

START = date(2025, 1, 6)
TODAY = START + timedelta(weeks=weeks) - timedelta(days=3)
VALUES = ["vertrouwen", "eigenaarschap", "openheid", "nabijheid", "vakmanschap"]
AREAS = ["planning", "budget", "werving", "scholing", "inkoop", "vakantie", "formatie", "kwaliteit", "hulpmiddelen", "overleg"]
PAGES_PER_TEAM = 9.56
count = 0


def write(path, text):
    global count
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
    count += 1


def doc(path, front, body):
    write(path, "---\n" + front.strip("\n") + "\n---\n" + body)


def person(t, i):
    return f"p-{t}-{i}"


def body(n, links):
    items = "\n".join(f"- [x] stap {n}-{i} afgerond" if i % 2 else f"- [ ] stap {n}-{i} plannen" for i in range(3))
    link_text = " en ".join(f"[{label}]({target})" for label, target in links)
    return f"""## Verslag {n}

We bespraken het rooster en de ~~oude~~ nieuwe afspraken, zie {link_text}. Meer achtergrond
staat op https://example.org/kader/{n}.

| onderwerp | besluit | wie |
|---|---|---|
| rooster | team beslist | planner |
| budget {n} | binnen kader | team |

{items}

Een langere alinea met **nadruk** en _cursief_, zoals een coach die na afloop opschrijft wat er
besproken is, wat het team wil proberen en wat er nog openstaat voor het volgende overleg. {n}
"""


def iso(d):
    return d.isoformat()


def week(w):
    return START + timedelta(weeks=w)


# The organization's frame.
values_yaml = "\n".join(f"  - id: {v}\n    name: {v.capitalize()}\n    description: Wat {v} voor ons betekent.\n    behaviors:\n      - We laten {v} zien in ons werk." for v in VALUES)
doc("content/organization.md", f"""
title: Zorggroep Benchmark
mission: Iedereen krijgt zorg op maat, dicht bij huis.
vision: Teams die zelf beslissen over hun werk, binnen een duidelijk kader.
values:
{values_yaml}
goals:
  - id: org-zelfroosteren
    title: Alle teams maken hun eigen rooster
    values: [vertrouwen]
    due: {iso(TODAY + timedelta(days=200))}
    actions:
      - id: org-pilot
        title: Pilot zelfroosteren
        owner: {person(0, 0)}
        due: {iso(START + timedelta(days=90))}
        status: done
fixed:
  - Het jaarbudget per team wordt door de directie vastgesteld.
free:
  - Hoe een team zijn werk verdeelt.
coordination:
  - Gedeelde kwartaaldoelen
""", body(0, [("het eerste team", "teams/team-0.md")]))

cadences = ["weekly", "biweekly", "monthly"]
phases = ["design", "learning", "harvesting"]
for t in range(teams):
    members = [person(t, i) for i in range(10)]
    ended = f"ended: {iso(week(weeks // 2))}\n" if t % 50 == 49 else ""
    doc(f"content/teams/team-{t}.md", f"""
name: Team {t}
purpose: Wijkverpleging in wijk {t}, dicht bij huis.
phase: {phases[t % 3]}
since: {iso(START)}
cadence: {cadences[t % 3]}
coach: {person((t + 1) % teams, 1)}
manager: {person((t + 2) % teams, 2)}
members: [{", ".join(members)}]
roles:
  - id: planner
    name: Planner
    holder: {members[0]}
    accountabilities:
      - Maakt het rooster
  - id: kwaliteit
    name: Kwaliteitsvrager
    holder: {members[1]}
values: [{VALUES[t % 5]}, {VALUES[(t + 1) % 5]}]
{ended}goals:
  - id: team-{t}-doel
    title: Een rooster dat past
    values: [{VALUES[t % 5]}]
    due: {iso(TODAY + timedelta(days=100))}
    actions:
      - id: doel-actie
        title: Roosterwensen ophalen
        owner: {members[2]}
        due: {iso(TODAY + timedelta(days=30))}
        status: doing
""", body(t, [("ons eerste verhaal", f"../stories/team-{t}-verhaal-0.md"), ("onze planner", f"../people/{members[0]}.md")]))
    for i, p in enumerate(members):
        extra = f"left: {iso(week(weeks // 3))}\n" if i == 9 and t % 7 == 0 else ""
        doc(f"content/people/{p}.md", f"""
name: Persoon {t}-{i}
title: Verzorgende
autonomy: {["more", "as-is", "less"][(t + i) % 3]}
{extra}""", f"{p} werkt in [team {t}](../teams/team-{t}.md).\n")
    for m in range(10):
        level = 1 + (t + m) % 7
        since = week(m * weeks // 12 + 2)
        history = ""
        if m % 2 == 0 and level > 1:
            history = f"history:\n  - date: {iso(since - timedelta(days=120))}\n    level: {level - 1}\n    note: Eerste stap.\n"
        status = ""
        if m == 8:
            status = f"status: paused\nstatus_since: {iso(since + timedelta(days=60))}\n"
        elif m == 9:
            status = f"status: revoked\nstatus_since: {iso(since + timedelta(days=90))}\n"
        holder = ["team", "planner", members[3]][m % 3]
        doc(f"content/mandates/team-{t}-m{m}.md", f"""
title: Mandaat {AREAS[m]} team {t}
team: team-{t}
area: {AREAS[m]}
holder: {holder}
level: {level}
limit: Binnen het budget en de cao.
escalate_to: {members[1]}
since: {iso(since)}
review: {iso(since + timedelta(days=180))}
{history}{status}""", body(m, [("het team", f"../teams/team-{t}.md")]))
    for s in range(30):
        kind = ["success", "lesson", "experiment"][s % 3]
        when = week((s * weeks) // 30)
        extra = ""
        if kind == "lesson":
            extra = "learned: Eerder vragen wat de ander nodig heeft.\n"
        elif kind == "experiment":
            extra = "hypothesis: Als we het rooster samen maken, ruilen we minder diensten.\n"
            extra += "status: done\noutcome: more\n" if s % 2 else ("status: running\n" if s > 25 else "status: done\noutcome: stop\n")
        team_line = f"team: team-{t}\n" if s != 29 else ""
        doc(f"content/stories/team-{t}-verhaal-{s}.md", f"""
title: Verhaal {s} van team {t}
date: {iso(when)}
kind: {kind}
{team_line}author: {members[s % 10]}
values: [{VALUES[s % 5]}]
{extra}""", body(s, [("de sessie", f"../sessions/sessie-{t}-0.md"), ("het team", f"../teams/team-{t}.md")]))
    for s in range(5):
        other = (t + 1 + s) % teams
        doc(f"content/sessions/sessie-{t}-{s}.md", f"""
title: Sessie {s} van team {t}
date: {iso(week((s * weeks) // 5 + 1))}
topic: {["budget", "strategy", "change", "direction", "budget"][s]}
teams: [team-{t}, team-{other}]
values: [{VALUES[s]}]
agreements:
  - Elk team krijgt een overzicht van zijn eigen cijfers.
decisions:
  - Het scholingsbudget gaat omhoog.
open_questions:
  - Hoe verdelen we de inhuur?
""", body(s, [("team " + str(other), f"../teams/team-{other}.md")]))
    drift = random.uniform(-0.01, 0.02)
    base = random.uniform(2.5, 3.5)
    for w in range(weeks):
        if t % 10 == 9 and w > weeks - 10:
            continue  # a team that went quiet
        when = week(w) + timedelta(days=t % 5)
        participants = 2 if w % 13 == 5 else 3 + (t + w) % 6
        def score(offset):
            return f"{min(5.0, max(1.0, base + offset + drift * w + random.uniform(-0.3, 0.3))):.1f}"
        actions = f"""actions:
  - id: actie-{w}
    title: Actie van week {w}
    owner: {members[w % 10]}
    due: {iso(when + timedelta(days=21))}
    status: {"done" if w < weeks - 3 else "open"}
"""
        if w > 0 and w % 4 == 0:
            actions += f"""  - id: actie-{w - 4}
    title: Actie van week {w - 4}
    owner: {members[(w - 4) % 10]}
    status: done
"""
        reviews = ""
        if w % 26 == 20:
            reviews = f"mandate_reviews:\n  - mandate: team-{t}-m{(w // 26) % 8}\n    decision: {['keep', 'raise', 'lower'][w % 3]}\n    note: Besproken in het overleg.\n"
        doc(f"content/evaluations/team-{t}/{iso(when)}.md", f"""
team: team-{t}
date: {iso(when)}
participants: {participants}
scores:
  autonomy: {score(0.3)}
  mastery: {score(0.1)}
  purpose: {score(0.5)}
  motivation: {score(0.2)}
steering: {["more", "same", "less", "same"][(t + w) % 4]}
went_well:
  - Het rooster liep goed in week {w}.
could_improve:
  - De overdracht kan korter.
energizers:
  - {["Samen lunchen", "Een tevreden cliënt", "Erkenning"][w % 3]}
drainers:
  - {["Het rooster", "Administratie", "Invallers zoeken"][w % 3]}
{actions}{reviews}private: {"true" if w % 17 == 3 else "false"}
""", body(w, [("het team", f"../../teams/team-{t}.md"), ("een mandaat", f"../../mandates/team-{t}-m{w % 10}.md")]))

pages = round(teams * PAGES_PER_TEAM)
for p in range(pages):
    section = "" if p < 20 else f"sectie-{(p - 20) // 50}/"
    depth = "../" if p < 20 else "../../"
    owner = f"owner: {person(p % teams, 0)}\n" if p % 3 == 0 else ""
    doc(f"content/pages/{section}pagina-{p}.md", f"""
title: Pagina {p}
order: {p}
summary: Hoe we werken, deel {p}.
{owner}""", body(p, [("team 0", f"{depth}teams/team-0.md")]))

os.makedirs(root + "/content/assets", exist_ok=True)
with open(root + "/content/assets/logo.svg", "w") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n')
count += 1
with open(root + "/kader.yml", "w") as f:
    f.write(f"title: Benchmark\nlanguage: nl\nbase_url: https://handboek.example.org/\ntoday: {iso(TODAY)}\nlast_updated: off\n")

if hugo:
    # Hugo gets every Markdown file of the repository as a page, with layouts that print the
    # title and the body, and a list page per section; nothing else.
    os.makedirs(hugo + "/layouts/_default", exist_ok=True)
    with open(hugo + "/config.toml", "w") as f:
        f.write(f'contentDir = "{os.path.abspath(root)}/content"\n'
                'baseURL = "https://handboek.example.org/"\ntitle = "Benchmark"\nbuildFuture = true\nbuildExpired = true\n'
                'disableKinds = ["taxonomy", "term"]\n[markup.goldmark.renderer]\nunsafe = false\n')
    layout = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>%s</main></body></html>\n'
    with open(hugo + "/layouts/_default/single.html", "w") as f:
        f.write(layout % "{{ .Content }}")
    with open(hugo + "/layouts/_default/list.html", "w") as f:
        f.write(layout % "{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>")

print(f"{count} files in {root} ({teams} teams × {weeks} weeks, today {iso(TODAY)})")
