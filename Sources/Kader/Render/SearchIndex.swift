import Foundation

/// The search index, written at build time as a script that sets one global, so search works with
/// no server and also when the handbook is opened from disk (where `fetch` of a JSON file fails).
enum SearchIndex {
    /// Its place in the handbook.
    static let file = "search-index.js"

    struct Entry: Encodable {
        /// Title, URL (relative to the root), kind, text.
        let title: String
        let url: String
        let kind: String
        let text: String
        /// `YYYY-MM-DD` for what happened on a day (evaluations, stories, sessions): ties in the
        /// ranking go to the newest; `dateText` is the same date as the pages write it.
        var date: String? = nil
        var dateText: String? = nil
    }

    static let textLimit = 20_000

    /// One entry per page, made on all cores (each needs its body's plain text).
    static func entries(for site: ContentIndex, labels: Labels) -> [Entry] {
        sources(of: site).parallelMap { entry($0, site: site, labels: labels) }
    }

    /// What one entry is made from: an item and its kind, a reference each (an entry's text is
    /// made when its batch is, not held for the whole index).
    private enum Source: Sendable {
        case organization(Item<Organization>)
        case team(Item<Team>)
        case mandate(Item<Mandate>)
        case story(Item<Story>)
        case evaluation(Item<Evaluation>)
        case session(Item<Session>)
        case person(Item<Person>)
        case page(Item<Page>)
    }

    /// The entries' sources, in the index's order.
    private static func sources(of site: ContentIndex) -> [Source] {
        var sources: [Source] = site.organization.map { [.organization($0)] } ?? []
        sources.reserveCapacity(1 + site.teams.count + site.mandates.count + site.stories.count + site.evaluations.count
            + site.sessions.count + site.people.count + site.pages.count)
        sources += site.teams.map(Source.team)
        sources += site.mandates.map(Source.mandate)
        sources += site.stories.map(Source.story)
        sources += site.evaluations.map(Source.evaluation)
        sources += site.sessions.map(Source.session)
        sources += site.people.map(Source.person)
        sources += site.pages.map(Source.page)
        return sources
    }

    /// An entry. Everything it shows is read here, so that the trace of a batch (`script`) names
    /// every item it shows.
    private static func entry(_ source: Source, site: ContentIndex, labels: Labels) -> Entry {
        func entry<T>(_ item: Item<T>, title: String, url: String, kind: String, fields: [String], includeBody: Bool = true, date: Day? = nil) -> Entry {
            var text = fields.joined(separator: " ")
            if includeBody, let body = item.body { text += " " + body.plainText() }
            return Entry(title: title, url: url, kind: kind, text: limited(collapse(text)), date: date?.description, dateText: date.map(labels.date))
        }
        switch source {
        case .organization(let organization):
            let value = organization.value
            return entry(organization, title: value.title, url: SiteURL.home, kind: labels["nav.home"],
                         fields: [value.mission, value.vision] + value.values.flatMap { [$0.name, $0.description ?? ""] + $0.behaviors } + value.goals.map(\.title) + value.fixed + value.free + value.coordination)
        case .team(let team):
            return entry(team, title: team.value.name, url: SiteURL.team(team.id), kind: labels["team"],
                         fields: [team.value.purpose] + team.value.roles.map(\.name) + team.value.goals.map(\.title))
        case .mandate(let mandate):
            return entry(mandate, title: mandate.value.title, url: SiteURL.mandate(mandate.id), kind: labels["mandate"], fields: [mandate.value.area, mandate.value.limit])
        case .story(let story):
            return entry(story, title: story.value.title, url: SiteURL.story(story.id), kind: labels["story"],
                         fields: [story.value.learned ?? "", story.value.hypothesis ?? ""], date: story.value.date?.value)
        case .evaluation(let evaluation):
            let value = evaluation.value
            let team = site.teamsByID[value.team?.value ?? ""]?.value.name ?? ""
            // A private evaluation's notes stay out of the index as they stay out of the pages.
            return entry(evaluation, title: "\(labels["evaluation"]) \(team), \(value.date.map { labels.date($0.value) } ?? evaluation.id)",
                         url: SiteURL.evaluation(evaluation.id), kind: labels["evaluation"],
                         fields: value.wentWell + value.couldImprove + value.energizers + value.drainers + value.actions.map(\.title),
                         includeBody: !value.isPrivate, date: value.date?.value)
        case .session(let session):
            return entry(session, title: session.value.title, url: SiteURL.session(session.id), kind: labels["session"],
                         fields: session.value.agreements + session.value.decisions + session.value.openQuestions, date: session.value.date)
        case .person(let person):
            return entry(person, title: person.value.name, url: SiteURL.person(person.id), kind: labels["person"], fields: [person.value.title ?? ""])
        case .page(let page):
            return entry(page, title: page.value.title, url: SiteURL.page(page.id), kind: labels["page"], fields: [page.value.summary ?? ""])
        }
    }

    /// Runs of white space as one space, none at either end. By Unicode scalar on the UTF-8 bytes:
    /// splitting by `Character` broke graphemes for every entry with a letter beyond ASCII (an
    /// `ë`, a curly quote), a twentieth of a build's work. A combining mark right after a space
    /// is kept (a `Character` would have dropped it with the space).
    static func collapse(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // The ASCII ones: tab, line feed, vertical tab, form feed, carriage return and space.
            let isSpace = scalar.isASCII ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20); pendingSpace = false }
                if scalar.isASCII { result.append(UInt8(scalar.value)) } else { result.append(contentsOf: UTF8.encode(scalar)!) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The first `textLimit` characters. A text of no more bytes than that has no more
    /// characters either, and is not counted character by character.
    static func limited(_ text: String) -> String {
        text.utf8.count <= textLimit ? text : String(text.prefix(textLimit))
    }

    static let batchSize = 256

    /// The script, handed to `emit` in parts as it is made. Entries are made and encoded in
    /// batches on all cores, `window` batches at a time, and each window is handed over before the
    /// next is made: the index is the largest file of a handbook (12 MB at 16,000 files, 35 MB at
    /// 49,000), and the build holds a window of it, not the whole. JSON writes an array's elements
    /// one after the other, so the batches in a row are the array encoded whole.
    static func script(for site: ContentIndex, labels: Labels, batchSize: Int = batchSize, window: Int = Self.window,
                       keeping: SearchBatches? = nil, emit: ([UInt8]) -> Void) {
        let sources = sources(of: site)
        let batches = stride(from: 0, to: sources.count, by: batchSize).map { sources[$0..<min($0 + batchSize, sources.count)] }
        // The last build's batches, when they are the same batches (the same items in the same
        // order: the index's shape is the same); one whose items did not change is kept as bytes.
        let last = keeping?.last.flatMap { $0.batches.count == batches.count ? $0 : nil }
        let encoded: @Sendable (Int) -> (bytes: [UInt8]?, reads: [Int32]) = { index in
            if let last, let kept = last.batches[index].bytes(in: last.file, changed: last.changed) {
                return (Array(kept), last.batches[index].reads)
            }
            return Trace.run {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                // Without the batch's own brackets.
                return (try? encoder.encode(batches[index].map { entry($0, site: site, labels: labels) })).map { Array($0.dropFirst().dropLast()) }
            }
        }
        let opening = Array("window.kaderSearchIndex = [".utf8)
        emit(opening)
        var size = opening.count
        var made: [FilePart] = []
        for start in stride(from: 0, to: batches.count, by: max(window, 1)) {
            for batch in Array(start..<min(start + max(window, 1), batches.count)).parallelMap(encoded) {
                // An entry is text, which JSON always encodes; should a batch fail all the same,
                // the index goes without it rather than with a broken script.
                guard let bytes = batch.bytes else { continue }
                if !made.isEmpty {
                    emit([UInt8(ascii: ",")])
                    size += 1
                }
                emit(bytes)
                made.append(FilePart(id: "", reads: batch.reads, range: size..<(size + bytes.count)))
                size += bytes.count
            }
        }
        emit(Array("];\n".utf8))
        keeping?.made = made
    }

    /// Batches encoded at once: enough for every core, few enough that a window is a few MB.
    static let window = 16
}

/// The search index's batches across builds (`PageRecord`): the last build's file, the serials
/// each batch read and where its bytes are, and which items changed since; and this build's
/// batches for the next. The search index is made on all cores, so it cannot be kept as a page
/// is; its batches can.
final class SearchBatches: @unchecked Sendable {
    struct Last {
        let file: [UInt8]
        let batches: [FilePart]
        /// By serial.
        let changed: [Bool]
    }

    // Set before the jobs run and read after; the one job that uses it runs between.
    var last: Last?
    var made: [FilePart]?

    init() {}
}
