/// Line-ups written as bare surnames: "Kowal , Brenner , Ostrow , Laine , Petit ." A line that is
/// only a comma-separated list of names, several of them people already, lists people throughout.
extension EntityRecognizer {
    /// Lone words among `candidates` (token indices) that sit in such a list and are not yet mentions.
    func listedNames(_ candidates: [Int], _ mentions: [Mention], _ t: TokenFeatures, _ layout: DocumentLayout) -> [Int] {
        guard !candidates.isEmpty else { return [] }
        // The starts of people's and of all mentions, read by index (without copying mentions),
        // sorted for binary search.
        var personStarts: [Int] = [], taken: [Int] = []
        personStarts.reserveCapacity(mentions.count)
        taken.reserveCapacity(mentions.count)
        for m in mentions.indices {
            let start = mentions[m].span.start
            taken.append(start)
            if mentions[m].kind == .person { personStarts.append(start) }
        }
        Self.sortAscending(&personStarts)
        Self.sortAscending(&taken)
        var out: [Int] = []
        // Each sentence's verdict, asked once: 0 unknown, 1 a list, 2 not (candidates come in
        // text order, so the last sentence asked about is the one to remember).
        var verdictSentence = -1, isList = false
        // Whether a candidate starts a mention: `taken` is walked alongside the candidates, in
        // text order (from its start again should one come before the last), not searched for
        // each (a binary search per candidate cost 0.33 M instructions on the 168 PolNeAR
        // dev+test texts).
        var next = 0, previous = Int.min
        for index in candidates {
            let start = t.spans[index].start
            if start < previous { next = 0 }
            previous = start
            while next < taken.count && taken[next] < start { next += 1 }
            if next < taken.count && taken[next] == start { continue }
            let s = t.sentence[index]
            if s != verdictSentence { verdictSentence = s; isList = isNameList(s, personStarts, t, layout) }
            if isList, !isDemonym(t, index), !isPlace(t, index),
               index + 1 == t.count || t.isText(index + 1, ",") || t.isText(index + 1, ".") || t.isText(index + 1, "(") || t.sentence[index + 1] != s {
                out.append(index)
            }
        }
        return out
    }

    /// Whether sentence `s` is a list of at least four names, each one to three capitalised words
    /// between commas, with people for at least a third of them.
    /// `personStarts` is sorted.
    func isNameList(_ s: Int, _ personStarts: [Int], _ t: TokenFeatures, _ layout: DocumentLayout) -> Bool {
        let a = layout.sentenceStart[s], b = layout.sentenceStart[s + 1]
        guard b > a, !layout.isHeadline[s], !layout.isTableRow[s] else { return false }
        var items = 0, people = 0, words = 0
        var itemStart = true
        var bracket = false
        // A rank or a score may open the line: "1. Name , Name", "67 Name , Name".
        var first = a
        while first < b, t.kinds[first] == .number || t.isText(first, ".") { first += 1 }
        for k in first..<b {
            // "Dave Barr ( Canada )": a bracket belongs to its item.
            if t.isText(k, "(") { bracket = true; continue }
            if t.isText(k, ")") { bracket = false; continue }
            if bracket { continue }
            if t.isText(k, ",") || t.isText(k, ".") && k == b - 1 {
                guard words >= 1, words <= 3 else { return false }
                items += 1
                words = 0
                itemStart = true
                continue
            }
            guard t.kinds[k] == .word, t.capitalized[k] || t.allCaps[k] || t.isText(k, "-") || t.isText(k, "'") else { return false }
            if itemStart, Self.sortedContains(personStarts, t.spans[k].start) { people += 1 }
            itemStart = false
            if t.kinds[k] == .word { words += 1 }
        }
        if words >= 1 && words <= 3 { items += 1 }
        return items >= 4 && people * 3 >= items
    }

    /// Sorts `values` ascending. Values in one or two ascending runs, as the starts of the
    /// mentions are (those the recogniser's loop found, then the lone words added after it), are
    /// merged in place (`Array.mergeRuns`); any others are sorted.
    static func sortAscending(_ values: inout [Int]) {
        guard let split = values.secondRunStart(by: <) else {
            values.sort()
            return
        }
        values.mergeRuns(at: split, by: <)
    }

    /// Whether the ascending `values` hold `value` (binary search).
    static func sortedContains(_ values: [Int], _ value: Int) -> Bool {
        let i = values.partitionPoint { $0 < value }
        return i < values.count && values[i] == value
    }
}
