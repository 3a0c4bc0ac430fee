import Foundation

/// `kader new evaluation --responses FILE`: the survey export read, checked and summed up, with
/// the sentences for standard error (the columns ignored, a warning below the anonymity threshold).
public enum ResponseImport {
    public static func summarize(file: String, repository: String, maps: [String], configuration: Configuration) throws -> (summary: ResponseSummary, notes: [String]) {
        try refuseInside(file: file, repository: repository)
        let table = try ResponseTable.read(path: file)
        let name = (file as NSString).lastPathComponent
        let columns: ResponseColumns
        let summary: ResponseSummary
        do {
            columns = try ResponseColumns(table: table, maps: maps)
            summary = try ResponseSummary(table: table, columns: columns, scale: configuration.scale)
        } catch let error as UsageError {
            throw UsageError("\(name): \(error.description)")
        }
        var notes: [String] = []
        if !columns.ignored.isEmpty {
            notes.append("ignored (not a question of the check-in, nothing of it is written): " + columns.ignored.map { table.name(ofColumn: $0) }.joined(separator: ", "))
        }
        if summary.participants < configuration.anonymityThreshold {
            notes.append("only \(summary.participants) \(summary.participants == 1 ? "respondent" : "respondents"), fewer than anonymity_threshold (\(configuration.anonymityThreshold)): the check-in is written, but its scores and steering will not show in the reports")
        }
        return (summary, notes)
    }

    /// A responses file inside the repository (or the git work tree around it) would end up in git.
    static func refuseInside(file: String, repository: String) throws {
        let real = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let path = real(file)
        var boundaries = [real(repository)]
        var folder = boundaries[0]
        while folder != "/" && !folder.isEmpty {
            if FileManager.default.fileExists(atPath: folder + "/.git") {
                boundaries.append(folder)
                break
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        for boundary in boundaries where boundary != "/" && path.hasPrefix(boundary + "/") {
            throw UsageError("`\(file)` lies inside the repository \(boundary), so its answers would end up in git; move it out (to your downloads, say) and run again")
        }
    }
}
