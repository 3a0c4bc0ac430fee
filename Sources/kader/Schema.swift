import ArgumentParser
import Foundation
import Kader

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write a JSON Schema (draft 2020-12) of the front matter of each type, and of kader.yml.")

    @Option(help: "The folder to write <type>.schema.json files to.")
    var output: String = "schema"

    func run() throws {
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for file in JSONSchemaExport.files() {
                let path = (output as NSString).appendingPathComponent(file.name)
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
                print(path)
            }
        } catch {
            throw UsageError("could not write the schemas to `\(output)`: \(error.localizedDescription)")
        }
    }
}
