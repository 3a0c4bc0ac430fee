import Foundation

/// The theme of the last refresh, made again only when a file of `templates/` or the language
/// changed: parsing every template on every save cost the preview a twentieth of a refresh.
/// Stamps are trusted as `DecodedFiles` trusts them.
final class ThemeCache: @unchecked Sendable {
    private let kept = Locked<(key: Key, readAt: Int64, theme: Theme, findings: [Finding])?>(nil)

    struct Key: Equatable {
        let language: Configuration.Language
        let files: [String: FileStamp]
    }

    func theme(root: String, labels: Labels) -> (Theme, [Finding]) {
        let folder = root + "/templates"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let readAt = FileStamp.now()
        let key = Key(language: labels.language, files: Dictionary(uniqueKeysWithValues: names.map { ($0, FileStamp(folder + "/" + $0)) }))
        if let kept = kept.withLock({ $0 }), kept.key == key,
           key.files.values.allSatisfy({ $0.isSettled(readAt: kept.readAt) }) {
            return (kept.theme, kept.findings)
        }
        let (theme, findings) = Theme.load(root: root, labels: labels)
        kept.withLock { $0 = (key, readAt, theme, findings) }
        return (theme, findings)
    }
}
