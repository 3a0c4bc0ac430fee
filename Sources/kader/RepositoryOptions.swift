import ArgumentParser
import Kader

/// The repository folder and the date every command that reads content takes.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "The content repository (the folder that holds content/).")
    var directory: String = "."

    @Option(help: "The date overdue and stale are measured against (YYYY-MM-DD).")
    var today: Day?
}
