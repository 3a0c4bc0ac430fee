import ArgumentParser
import Kader

@main
struct KaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kader",
        abstract: "Turns a repository of Markdown files into a team handbook and progress reports.",
        subcommands: [Check.self]
    )
}
