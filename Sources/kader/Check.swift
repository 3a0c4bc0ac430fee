import ArgumentParser
import Kader

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check every content file against the content model.")
    @Argument(help: "The content repository.") var directory: String = "."
    func run() throws {
        let doc = Markdown.parse("a [x](../teams/noord.md) ~~y~~ ![i](é.png)\n\nhé [z](b.md)", firstLine: 5)
        for link in doc.links { print(link) }
    }
}
