/// Per-token facts the mention and attribution rules ask for again and again, computed once.
struct TokenFeatures {
    let texts: [String]
    let lowercased: [String]
    /// First letter uppercase.
    let capitalized: [Bool]
    /// Two or more letters, all uppercase.
    let allCaps: [Bool]
    let kinds: [Document.TokenKind]
    let spans: [Span]
    /// Index of each token's sentence.
    let sentence: [Int]
    /// Whether whitespace separates the token from the one before.
    let spaceBefore: [Bool]

    init(_ document: Document) {
        let n = document.tokens.count
        var texts: [String] = [], lower: [String] = [], cap: [Bool] = [], caps: [Bool] = [], sentence: [Int] = []
        var spaceBefore: [Bool] = []
        texts.reserveCapacity(n); lower.reserveCapacity(n); cap.reserveCapacity(n); caps.reserveCapacity(n)
        var s = 0
        let sentences = document.sentences
        for (i, token) in document.tokens.enumerated() {
            let text = document.string(token.span)
            texts.append(text)
            lower.append(text.lowercased())
            let first = text.unicodeScalars.first
            cap.append(token.kind == .word && (first?.properties.isUppercase ?? false))
            var upper = 0, letters = 0
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
            caps.append(letters >= 2 && upper == letters)
            while s < sentences.count - 1 && token.span.start >= sentences[s].end { s += 1 }
            sentence.append(s)
            spaceBefore.append(i == 0 || document.tokens[i - 1].span.end < token.span.start)
        }
        self.texts = texts
        self.lowercased = lower
        self.capitalized = cap
        self.allCaps = caps
        self.kinds = document.tokens.map(\.kind)
        self.spans = document.tokens.map(\.span)
        self.sentence = sentence
        self.spaceBefore = spaceBefore
    }

    var count: Int { texts.count }

    /// Whether token `i` starts its sentence (ignoring opening quotes and brackets).
    func isSentenceInitial(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && sentence[j] == sentence[i] {
            if kinds[j] != .punctuation { return false }
            j -= 1
        }
        return true
    }

    /// The text from token `a` through token `b - 1`, with single spaces where the text has whitespace.
    func phrase(_ a: Int, _ b: Int) -> String {
        var out = ""
        for k in a..<b {
            if k > a && spaceBefore[k] { out += " " }
            out += texts[k]
        }
        return out
    }
}
