import Foundation

/// The time budgets of tests hold for a normal build. Under a sanitizer the same code runs several
/// times slower (scripts/sanitize.sh sets KADER_SANITIZER), so a budget grows with it: the test
/// still catches a runaway, not the sanitizer's cost.
enum TimeBudget {
    static func seconds(_ seconds: Int) -> Duration {
        switch ProcessInfo.processInfo.environment["KADER_SANITIZER"] {
        case "thread"?: .seconds(seconds * 10)
        case "address"?: .seconds(seconds * 3)
        default: .seconds(seconds)
        }
    }
}
