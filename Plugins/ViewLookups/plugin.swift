import Foundation
import PackagePlugin

/// Writes the Mustache lookup of every view model from its declaration (`kader-views`): the files
/// of the Render stage that carry the tool's marker are its input.
@main
struct ViewLookups: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let files = module.sourceFiles(withSuffix: "swift").map(\.url)
            .filter { $0.path().contains("/Render/") }
            .sorted { $0.path() < $1.path() }
        let output = context.pluginWorkDirectoryURL.appending(path: "ViewLookups.swift")
        return [.buildCommand(
            displayName: "Writing the views' Mustache lookups",
            executable: try context.tool(named: "kader-views").url,
            arguments: [output.path()] + files.map { $0.path() },
            inputFiles: files,
            outputFiles: [output]
        )]
    }
}
