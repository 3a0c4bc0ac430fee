import ArgumentParser
import Kader

/// The repository folder and the date every command that reads content takes.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "The content repository (the folder that holds content/).")
    var directory: String = "."

    @Option(help: "The date overdue and stale are measured against (YYYY-MM-DD).")
    var today: Day?

    @OptionGroup var language: LanguageOption
}

/// `--lang nl|en`: the language of findings and messages, over the repository's `language`.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "The language of findings and messages: nl or en (default: `language` in kader.yml, else nl).")
    var lang: Configuration.Language?

    /// `--lang`, else the repository's `language`, else Dutch.
    func resolve(root: String) -> Configuration.Language {
        Configuration.Language.resolve(lang, root: root)
    }
}

extension Configuration.Language: ExpressibleByArgument {}
