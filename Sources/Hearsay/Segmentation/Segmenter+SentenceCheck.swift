/// The check that `SentenceBreaker` and ICU's sentence iterator agree, for `hearsay-bench sentcheck`.
extension Segmenter {
    /// Whether `SentenceBreaker` covers the whole of `text` (else `segment` leaves the lines it
    /// does not cover to ICU), and whether the sentence boundaries `segment` uses equal those
    /// of ICU's sentence iterator over the whole text.
    ///
    ///     let result = try Segmenter().compareSentenceBreaks("Mr. Smith left. Then?")   // (covered: true, identical: true)
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    @_spi(WordCheck)
    public func compareSentenceBreaks(_ text: String) throws -> (covered: Bool, identical: Bool) {
        var text = text
        return try text.withUTF8 { buffer in
            let icu = try sentenceIterator.boundaries(buffer, withStatus: false).offsets.dropFirst()
            var alone: [Int32] = []
            let covered = SentenceBreaker.boundaries(buffer, from: 0, into: &alone) == buffer.count
            // A text whose one uncovered line is the whole text goes to ICU whole: identical.
            guard try breakerSentenceBoundaries(buffer) else { return (covered, true) }
            return (covered, icu.elementsEqual(sentenceScratch))
        }
    }
}
