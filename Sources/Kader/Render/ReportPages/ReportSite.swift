import Foundation

/// The reports folder: the portfolio, a report per team, a report per period for the whole
/// organization and per team, `data.json`, a CSV per team, and the stylesheet. It is written beside
/// the handbook, never inside it, and nothing in the handbook links to it.
struct ReportSite: Sendable {
    let site: ContentIndex
    let theme: Theme
    let builder: ReportBuilder
    let data: ReportData
    let labels: Labels

    init(site: ContentIndex, theme: Theme) {
        self.site = site
        self.theme = theme
        builder = ReportBuilder(site: site)
        labels = Labels(site.configuration.language)
        var data = builder.build()
        let sentences = AttentionSentences(labels: labels, site: site)
        for index in data.attention.indices { data.attention[index].text = sentences.sentence(data.attention[index]) }
        self.data = data
    }

    var views: ReportViews { ReportViews(data: data, labels: labels, site: site) }

    static let tree = "reports"

    /// Every file of the reports, as jobs for `OutputJobs`.
    func jobs() -> [OutputJob] {
        var jobs: [(String, @Sendable () -> OutputFile)] = [("data.json", { OutputFile(path: "data.json", text: json()) })]
        jobs.append((ReportViews.portfolioURL(), { page(ReportViews.portfolioURL(), views.portfolio(root: "")) }))
        for team in data.teams {
            let url = ReportViews.teamURL(team.team)
            jobs.append((url, { page(url, views.team(team, root: "../")) }))
            for period in team.periodsWithPages {
                let url = ReportViews.periodURL(period, team: team.team)
                jobs.append((url, { page(url, views.period(period, team: team, root: "../../")) }))
            }
        }
        for period in data.periods {
            let url = ReportViews.periodURL(period)
            jobs.append((url, { page(url, views.period(period, team: nil, root: "../")) }))
        }
        let labels = labels
        for team in data.teams {
            let path = "csv/\(team.team).csv"
            jobs.append((path, { OutputFile(path: path, text: CSVExport.csv(for: team, labels: labels)) }))
        }
        let theme = theme
        jobs.append(("style.css", { OutputFile(path: "style.css", text: theme.files["style.css"] ?? "") }))
        return jobs.map { OutputJob.make(Self.tree, $0.0, $0.1) }
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(data)) ?? Data(), as: UTF8.self) + "\n"
    }

    func page(_ url: String, _ document: ReportDocument) -> OutputFile {
        OutputFile(path: url, text: html(document, root: SiteURL.root(from: url)))
    }

    func html(_ document: ReportDocument, root: String) -> String {
        let context: [String: Any] = [
            "lang": labels.language.rawValue, "root": root, "t": labels.strings,
            "siteTitle": site.configuration.title, "report": document, "title": document.title,
            "documentTitle": "\(document.title) · \(labels["reports"]) · \(site.configuration.title)",
        ]
        return theme.render("report", context)
    }
}
