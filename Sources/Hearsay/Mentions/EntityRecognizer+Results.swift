/// Teams in result and standings rows: "Partick 1 St Mirren 1", "Benetton ( Italy ) 92 Dinamo
/// ( Russia ) 81", "St Johnstone 2 1 1 0 3 0 4". Players' rows look different (times, set scores,
/// several round scores), so a name in these shapes is a club, not a person.
extension EntityRecognizer {
    /// End of the team name starting at `i` when its row reads like a match score or a standings line.
    func resultTeam(at i: Int, _ t: TokenFeatures, _ layout: DocumentLayout) -> Int? {
        let s = t.sentence[i]
        guard layout.isTableRow[s], !layout.isHeadline[s], !layout.isDateline[s] else { return nil }
        let (end, words) = capitalizedRun(t, i)
        guard words >= 1, words <= 4, end > i, !isCommon(t, i) else { return nil }
        // National sides keep their place reading ("Scotland 2 Austria 0").
        if let place = lexicons.place(t.phrase(i, end)), place.kind != "city" { return nil }
        let stop = layout.sentenceStart[s + 1]
        if isStandingsRow(after: end, stop, t) { return end }
        let afterName = skippingBracket(end, stop, t)
        // First team of a score line: "Name [( Country )] N Name [( Country )] N".
        if isScore(afterName, stop, t), afterName + 1 < stop, t.capitalized[afterName + 1] {
            let (otherEnd, otherWords) = capitalizedRun(t, afterName + 1)
            if otherWords >= 1, otherWords <= 4, isScore(skippingBracket(otherEnd, stop, t), stop, t) { return end }
        }
        // Second team: "… N Name [( Country )] N" after another name.
        if isScore(afterName, stop, t), i >= 2, t.sentence[i - 1] == s, isBareInteger(t.texts[i - 1]),
           t.capitalized[i - 2] || t.isText(i - 2, ")") {
            return end
        }
        return nil
    }

    /// Whether token `k` is a lone score: an integer followed by the end of the row, a bracket or a capitalised word.
    func isScore(_ k: Int, _ stop: Int, _ t: TokenFeatures) -> Bool {
        guard k < stop, isBareInteger(t.texts[k]) else { return false }
        return k + 1 == stop || t.isText(k + 1, "(") || t.capitalized[k + 1]
    }

    /// Whether five or more numbers follow `k` in the row: played, won, drawn, lost, goals, points.
    func isStandingsRow(after k: Int, _ stop: Int, _ t: TokenFeatures) -> Bool {
        var numbers = 0
        var j = k
        while j < stop, isBareInteger(t.texts[j]) || t.isText(j, "-") && j + 1 < stop && isBareInteger(t.texts[j + 1]) {
            if !t.isText(j, "-") { numbers += 1 }
            j += 1
        }
        return numbers >= 5
    }

    /// The token after a bracketed group "( Italy )" that starts at `k`, or `k` when none does.
    func skippingBracket(_ k: Int, _ stop: Int, _ t: TokenFeatures) -> Int {
        guard k < stop, t.isText(k, "(") else { return k }
        var j = k + 1
        while j < stop, j - k < 8, !t.isText(j, ")") {
            guard t.capitalized[j] || t.allCaps[j] || t.kinds[j] != .word else { return k }
            j += 1
        }
        return j < stop && t.isText(j, ")") ? j + 1 : k
    }

    func isBareInteger(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 4 && text.unicodeScalars.allSatisfy { $0.properties.numericType != nil && $0.isASCII }
    }
}
