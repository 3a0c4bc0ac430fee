import Foundation
import PackagePlugin

/// Compiles the default theme in `templates/` into the Kader library, so a copied `kader` binary
/// needs no resource folder beside it.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path())
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(names.count) files)",
                executable: try context.tool(named: "kader-embed").url,
                arguments: [templates.path(), output.path()],
                inputFiles: names.map { templates.appending(path: $0) },
                outputFiles: [output]
            )
        ]
    }
}
