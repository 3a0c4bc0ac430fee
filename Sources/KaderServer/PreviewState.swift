import Foundation
import Kader

/// What the preview shows right now: the site of the last good refresh, the findings of the last
/// refresh when it had errors, and a version that goes up with every refresh.
final class PreviewState: @unchecked Sendable {
    // Every field is read and written under the lock.
    private let lock = NSLock()
    private var _version = 0
    private var _errors: [Finding] = []
    private var _language = Configuration.Language.en
    private var _snippets: [String?] = []
    private var _stopping = false
    let site: LiveSite

    init(site: LiveSite) {
        self.site = site
    }

    var version: Int { lock.withLock { _version } }
    var errors: [Finding] { lock.withLock { _errors } }
    /// The findings with the language they are shown in and the source line under each.
    var shown: (errors: [Finding], language: Configuration.Language, snippets: [String?]) {
        lock.withLock { (_errors, _language, _snippets) }
    }
    var stopping: Bool { lock.withLock { _stopping } }

    func built(errors: [Finding], language: Configuration.Language = .en, snippets: [String?] = []) {
        lock.withLock {
            _errors = errors
            _language = language
            _snippets = snippets
            _version += 1
        }
    }

    func stop() { lock.withLock { _stopping = true } }
}
