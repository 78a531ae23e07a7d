/// Splits quote text into lowercase words for word statistics.
///
/// A word is a run of letters and digits, with apostrophes inside it kept (curly ones made
/// straight): "Don’t" → "don't". Runs without a letter ("2016") are left out.
public enum QuoteWords {
    /// The words of `text`.
    ///
    /// Complexity: O(n).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var hasLetter = false
        func flush() {
            while current.hasSuffix("'") { current.removeLast() }
            if hasLetter, !current.isEmpty { words.append(current) }
            current = ""
            hasLetter = false
        }
        for character in text.lowercased() {
            if character.isLetter { current.append(character); hasLetter = true }
            else if character.isNumber { current.append(character) }
            else if character == "'" || character == "’", !current.isEmpty { current.append("'") }
            else { flush() }
        }
        flush()
        return words
    }

    /// The content words of `text`: words that are no stopword and have at least three letters.
    public static func contentWords(_ text: String, stopwords: Set<String> = Stopwords.shared) -> [String] {
        words(text).filter { $0.count >= 3 && !stopwords.contains($0) && !($0.hasSuffix("'s") && stopwords.contains(String($0.dropLast(2)))) }
    }
}
