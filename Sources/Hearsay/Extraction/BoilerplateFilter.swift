import Foundation

/// Recognises site-furniture lines ("Subscribe to get the latest posts…", "- Advertisement -")
/// from the `boilerplate.tsv` lexicon.
public struct BoilerplateFilter: Sendable {
    var exact: Set<String> = []
    var prefixes: [String] = []
    var fragments: [String] = []

    /// The filter with the bundled lexicon, loaded once.
    public static let shared: BoilerplateFilter = {
        (try? BoilerplateFilter(table: TSVTable.resource("Lexicons/boilerplate.tsv"))) ?? BoilerplateFilter()
    }()

    init() {}

    /// Builds a filter from `match<TAB>text` rows.
    public init(table: TSVTable) {
        for row in table.rows where row.count >= 2 {
            let text = row[1].lowercased()
            switch row[0] {
            case "exact": exact.insert(text)
            case "prefix": prefixes.append(text)
            default: fragments.append(text)
            }
        }
    }

    /// Whether `line` is furniture.
    public func isBoilerplate(_ line: String) -> Bool {
        let key = line.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if key.isEmpty { return true }
        if exact.contains(key) { return true }
        if key.utf8.count > 300 { return false }
        for prefix in prefixes where key.hasPrefix(prefix) { return true }
        for fragment in fragments where key.contains(fragment) { return true }
        return false
    }
}
