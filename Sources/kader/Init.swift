import ArgumentParser
import Foundation
import Kader

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new handbook: a starter repository that passes kader check.")

    @Argument(help: "The folder to create the repository in.")
    var directory: String = "."

    @Option(help: "The language of the handbook: nl or en.")
    var language: Language = .nl

    @Flag(help: "Also copy the default theme into templates/, to change it.")
    var theme = false

    @Option(help: "The date to start from (YYYY-MM-DD); the local date when left out.")
    var today: Day?

    enum Language: String, ExpressibleByArgument, CaseIterable { case nl, en }

    func run() throws {
        do {
            let files = try Starter.write(to: directory, language: Configuration.Language(rawValue: language.rawValue)!,
                                          today: today ?? Day.localToday(), theme: theme)
            for file in files { print((directory as NSString).appendingPathComponent(file)) }
            print(language == .nl
                ? "Klaar. Bekijk het handboek met: kader serve \(directory)"
                : "Done. See the handbook with: kader serve \(directory)")
        } catch let conflict as Starter.Conflict {
            FileHandle.standardError.write(Data("kader: \(conflict.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new content file that passes kader check, and print its path.")

    @Argument(help: "team, person, mandate, story, evaluation, session or page.")
    var type: NewFile.Kind

    @Argument(help: "The new file's id (not for an evaluation, which is named by its date).")
    var id: String?

    @Option(name: .customLong("in"), help: "The content repository (default: the current folder).")
    var directory: String = "."

    @Option(help: "The team (mandate, evaluation, story).")
    var team: String?

    @Option(help: "The teams at the table, comma-separated (session).")
    var teams: String?

    @Option(help: "success, lesson or experiment (story).")
    var kind: String?

    @Option(help: "The date of the new file (default: today).")
    var date: Day?

    @Option(help: "Today's date (YYYY-MM-DD).")
    var today: Day?

    @Option(help: ArgumentHelp("The anonymous survey export (CSV or .xlsx) to fill in the evaluation from.", valueName: "file"))
    var responses: String?

    @Option(name: .customLong("map"), help: ArgumentHelp("Which column answers a question, by header or letter (repeatable).", valueName: "field=column"))
    var maps: [String] = []

    @Flag(help: "Print the new file instead of writing it.")
    var dryRun = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        try UsageError.speaking(language.resolve(root: directory)) { try write() }
    }

    private func write() throws {
        let project = try Project(root: directory)
        let result = project.check(today: today)
        var options = NewFile.Options()
        if responses != nil && type != .evaluation {
            throw UsageError("--responses fills in an evaluation: kader new evaluation --team T --responses FILE")
        }
        if !maps.isEmpty && responses == nil {
            throw UsageError("--map names the columns of a responses file; add --responses FILE")
        }
        var notes: [String] = []
        if let responses {
            let imported = try ResponseImport.summarize(file: responses, repository: directory, maps: maps, configuration: result.site.configuration)
            options.responses = imported.summary
            notes = imported.notes
        }
        options.team = team
        options.teams = teams?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
        options.kind = kind
        options.date = date
        let (path, text) = try NewFile(site: result.site, today: result.site.today).make(type, id: id, options: options)
        let full = (directory as NSString).appendingPathComponent(path)
        for note in notes { FileHandle.standardError.write(Data("kader: \(note)\n".utf8)) }
        if dryRun {
            print(text, terminator: "")
            return
        }
        guard !FileManager.default.fileExists(atPath: full) else {
            FileHandle.standardError.write(Data("kader: \(CommandMessage.alreadyExists(path: full).text(language.resolve(root: directory)))\n".utf8))
            throw ExitCode.failure
        }
        do {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        } catch {
            throw UsageError(.couldNotWrite(path: full, detail: error.localizedDescription))
        }
        print(full)
    }
}

extension NewFile.Kind: ExpressibleByArgument {}
