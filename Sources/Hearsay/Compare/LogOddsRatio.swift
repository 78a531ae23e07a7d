import Foundation

/// Words that set one group of texts apart from another: the weighted log-odds ratio with an
/// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", §3.5).
///
/// For word w with counts y_i (focus), y_j (rest) and prior pseudo-counts α_w (a background
/// corpus's counts, times `priorScale`), with n_i, n_j the group totals and α_0 = Σ α_w:
///
///     δ_w = log((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α_0 − y_j − α_w))
///     σ²_w ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w)
///     z_w = δ_w / σ_w
///
/// A large positive z marks a word of the focus group, a large negative one of the rest; the
/// prior keeps rare words from topping the list by chance. By default the prior is scaled to
/// weigh as much as the two groups together (α_0 = n_i + n_j): the whole background at full
/// weight would swamp groups much smaller than it.
public enum LogOddsRatio {
    /// One word's statistics.
    public struct Score: Sendable, Codable, Equatable {
        public var word: String
        /// Log-odds ratio δ (focus over rest).
        public var delta: Double
        /// Its z-score δ/σ.
        public var z: Double
        /// Times the focus group used it.
        public var count: Int
    }

    /// Scores every word the two groups use.
    ///
    /// - Parameters:
    ///   - focus: word counts of the group of interest.
    ///   - rest: word counts of the group it is compared with.
    ///   - prior: background word counts (e.g. the whole corpus); words missing from it get a
    ///     pseudo-count of `floor`.
    ///   - priorScale: multiplies the background counts into pseudo-counts; nil scales them so
    ///     that α_0 = n_i + n_j.
    /// - Returns: scores, highest z first (ties by word).
    public static func scores(focus: [String: Int], rest: [String: Int], prior: [String: Int], priorScale: Double? = nil,
                              floor: Double = 0.01) -> [Score] {
        let nFocus = Double(focus.values.reduce(0, +)), nRest = Double(rest.values.reduce(0, +))
        let priorTotal = Double(prior.values.reduce(0, +))
        let priorScale = priorScale ?? (priorTotal > 0 ? (nFocus + nRest) / priorTotal : 1)
        var vocabulary = Set(focus.keys)
        vocabulary.formUnion(rest.keys)
        var alpha: [String: Double] = [:]
        var alpha0 = 0.0
        for (word, count) in prior { let a = max(floor, Double(count) * priorScale); alpha[word] = a; alpha0 += a }
        for word in vocabulary where alpha[word] == nil { alpha[word] = floor; alpha0 += floor }
        var result: [Score] = []
        for word in vocabulary {
            let a = alpha[word]!
            let yi = Double(focus[word] ?? 0), yj = Double(rest[word] ?? 0)
            let delta = log((yi + a) / (nFocus + alpha0 - yi - a)) - log((yj + a) / (nRest + alpha0 - yj - a))
            let variance = 1 / (yi + a) + 1 / (yj + a)
            result.append(Score(word: word, delta: delta, z: delta / variance.squareRoot(), count: focus[word] ?? 0))
        }
        return result.sorted { ($1.z, $0.word) < ($0.z, $1.word) }
    }
}
