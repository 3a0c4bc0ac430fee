import ArgumentParser
import Foundation
import Kader

@main
struct KaderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kader",
        abstract: "Turns a repository of Markdown files into a team handbook and progress reports.",
        subcommands: [Init.self, New.self, Check.self, Build.self, Report.self, Serve.self, SchemaCommand.self]
    )

    /// Exit status 2 for every way the program cannot run (the content model's contract), where
    /// ArgumentParser would use 64 for bad arguments.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("kader: \(error.description)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = Day(argument), day.isInModelRange else { return nil }
        self = day
    }
}

extension FindingFormat: ExpressibleByArgument {}
extension Project.ReportFormat: ExpressibleByArgument {}
