import Foundation
import PackagePlugin

/// Compiles the default theme (`templates/`) and the starter repository of `kader init`
/// (`starter/`) into the Kader library, so a copied `kader` binary needs no files beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        try [("templates", "DefaultTheme"), ("starter", "StarterFiles")].map { folder, name in
            let source = context.package.directoryURL.appending(path: folder)
            let files = (FileManager.default.enumerator(atPath: source.path())?.allObjects as? [String] ?? [])
                .filter { path in
                    var isDirectory: ObjCBool = false
                    FileManager.default.fileExists(atPath: source.appending(path: path).path(), isDirectory: &isDirectory)
                    return !isDirectory.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
                }
                .sorted()
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
            return .buildCommand(
                displayName: "Embedding \(folder)/ (\(files.count) files)",
                executable: try context.tool(named: "kader-embed").url,
                arguments: [source.path(), output.path(), name],
                inputFiles: files.map { source.appending(path: $0) },
                outputFiles: [output]
            )
        }
    }
}
