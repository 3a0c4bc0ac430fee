/// Entry points for the fuzz targets (`Sources/fuzz-load`, `Sources/fuzz-markdown`, run by
/// `scripts/fuzz.sh`): one input through the same code `kader check` and `kader build` run, in
/// memory, without reading or writing files. Each returns a number derived from the result so the
/// work cannot be optimised away; a crash, a trap or a failed invariant is a finding.
public enum FuzzEntry {
    /// The places an input can take; the first input byte chooses one (modulo the count).
    public static let places = [
        "kader.yml",
        "content/organization.md",
        "content/teams/noord.md",
        "content/people/an.md",
        "content/mandates/rooster.md",
        "content/stories/rooster.md",
        "content/evaluations/noord/2026-11-01.md",
        "content/sessions/overleg.md",
        "content/pages/welkom.md",
        "content/pages/werken/vergaderen.md",
        "content/teams/Niet_Goed.md",
        "content/evaluations/noord/geen-datum.md",
    ]

    static let today = Day("2026-11-22")!

    /// A small repository that passes every check; the input replaces one of its files or adds one.
    static let base: [String: String] = [
        "content/organization.md": """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - id: vertrouwen
                name: Vertrouwen
            goals:
              - id: rooster
                title: Eigen rooster
                actions:
                  - {id: pilot, title: Pilot, owner: an, due: 2026-03-01, status: done}
            ---
            Het [team](teams/noord.md).
            """,
        "content/teams/noord.md": """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                holder: an
            ---
            Zie [het rooster](../mandates/rooster.md).
            """,
        "content/people/an.md": "---\nname: An\n---\n",
        "content/mandates/rooster.md": """
            ---
            title: Het rooster
            team: noord
            area: planning
            holder: team
            limit: Binnen de formatie.
            level: 4
            since: 2026-06-01
            review: 2026-10-01
            history:
              - {date: 2026-01-01, level: 2}
            ---
            """,
        "content/evaluations/noord/2026-11-01.md": """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            scores: {autonomy: 4, mastery: 3}
            actions:
              - {id: wissels, title: Wissels, owner: bert, due: 2026-12-13, status: open}
            mandate_reviews:
              - {mandate: rooster, decision: keep}
            ---
            """,
        "content/stories/rooster.md": """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noord
            values: [vertrouwen]
            ---
            """,
    ]

    /// The loader: the first byte chooses a place (its low bits) and whether the handbook and the
    /// reports are also rendered (its high bit); the rest is the file's bytes.
    public static func load(_ input: [UInt8]) -> Int {
        guard let first = input.first else { return 0 }
        let place = places[Int(first & 0x7F) % places.count]
        let bytes = Array(input.dropFirst())
        var configuration = Configuration()
        var findings: [Finding] = []
        var files = base.mapValues { Array($0.utf8) }
        if place == Configuration.fileName {
            (configuration, findings) = Configuration.decode(bytes)
        } else {
            files[place] = bytes
        }
        var tree = ContentTree()
        tree.markdown = files.keys.sorted { $0.precedesInBytes($1) }
        tree.folders = ["content", "content/people"]
        let decoder = DocumentDecoder(configuration: configuration)
        var documents: [Document] = []
        for path in tree.markdown {
            switch ContentLocation.classify(path) {
            case .failure(let finding): findings.append(finding)
            case .success(let location):
                let (document, documentFindings) = decoder.decode(SourceFile(path: path, bytes: files[path]!), at: location)
                documents.append(document)
                findings += documentFindings
            }
        }
        let (site, siteFindings) = ContentIndex.assemble(documents: documents, tree: tree, configuration: configuration, today: configuration.today ?? today)
        findings += siteFindings
        for check in SiteChecks.all { findings += check.check(site) }
        findings = Project.applySeverities(findings, configuration)
        for finding in findings {
            precondition(finding.line >= 0 && finding.column >= 0, "a finding before the start of its file: \(finding)")
        }
        var size = findings.count
        if first & 0x80 != 0, !findings.contains(where: { $0.severity == .error }) {
            let sink = MemorySink()
            OutputJobs.render(Handbook(site: site, theme: theme), ReportSite(site: site, theme: theme), root: "/nonexistent", into: sink)
            size += sink.files.values.joined().reduce(0) { $0 + $1.bytes.count }
        }
        return size
    }

    /// The body path: Markdown parsed with link positions, every link checked against the site
    /// (broken-link), and the body rendered for pages at two depths, with links to content files
    /// and assets rewritten. The first byte sets the body's first line and `unsafe_html`.
    public static func markdown(_ input: [UInt8]) -> Int {
        guard let first = input.first else { return 0 }
        let bytes = Array(input.dropFirst())
        let text: String
        switch TextDecoding.decode(bytes) {
        case .text(let decoded): text = decoded
        case .invalid:
            // Not UTF-8: the bad bytes become U+FFFD, and the text goes the same way as a file's.
            guard case .text(let decoded) = TextDecoding.decode(Array(String(decoding: bytes, as: UTF8.self).utf8)) else { return 0 }
            text = decoded
        }
        let firstLine = Int(first & 0x0F) + 1
        let unsafe = first & 0x10 != 0
        let path = "content/pages/werken/fuzz.md"
        let body = Markdown.parse(text, firstLine: firstLine, path: path)

        // Link positions point into the text: a line of the body and a column within it (or just past it).
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for link in body.links {
            let line = link.position.line - firstLine
            precondition(line >= 0 && line < lines.count, "link \(link) on a line outside the body (\(lines.count) lines from \(firstLine))")
            precondition(link.position.column >= 1 && link.position.column <= lines[line].count + 1,
                         "link \(link) at a column outside its line (\(lines[line].count) characters)")
        }

        var tree = ContentTree()
        tree.markdown = ["content/pages/werken/fuzz.md", "content/teams/noord.md"]
        tree.assets = ["content/assets/logo.png", "content/assets/docs/plan.pdf"]
        tree.folders = ["content", "content/assets", "content/pages", "content/pages/werken", "content/teams"]
        let page = Document(path: path, kind: .page, id: "fuzz", entity: .page(Page(Record(position: .file), sections: ["werken"])), body: body)
        let team = Document(path: "content/teams/noord.md", kind: .team, id: "noord", entity: nil, body: nil)
        var configuration = Configuration()
        configuration.unsafeHTML = unsafe
        let (site, _) = ContentIndex.assemble(documents: [page, team], tree: tree, configuration: configuration, today: today)
        let findings = LinkCheck().check(site)

        var size = findings.count
        for url in ["pages/werken/fuzz.html", "index.html"] {
            let rendered = body.render(pageURL: url, sourcePath: path, site: site, unsafe: unsafe)
            // Each rendering parses a tree of its own: a second one is the same.
            let again = body.render(pageURL: url, sourcePath: path, site: site, unsafe: unsafe)
            precondition(rendered.html == again.html, "rendering is not repeatable")
            size += rendered.html.utf8.count + rendered.contents.count
        }
        return size + body.plainText().utf8.count
    }

    private static let theme = Theme.load(root: "/nonexistent").0
}
