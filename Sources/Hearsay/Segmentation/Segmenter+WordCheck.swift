/// The check that `WordBreaker` and ICU's word iterator agree, for `hearsay-bench wordcheck`.
extension Segmenter {
    /// Whether `WordBreaker` covers the whole of `text` (else `segment` leaves the lines it does
    /// not cover to ICU), and whether the tokens `segment` finds equal those of ICU's word
    /// iterator over the whole text, span for span and kind for kind.
    ///
    ///     let result = try Segmenter().compareWordBreaks("Can’t stop.")   // (covered: true, identical: true)
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    @_spi(WordCheck)
    public func compareWordBreaks(_ text: String) throws -> (covered: Bool, identical: Bool) {
        var text = text
        return try text.withUTF8 { buffer in
            try utf16.withUTF16(of: buffer) { units in
                let icu = try icuTokens(buffer, units)
                var scratch = UnsafeMutableBufferPointer<Document.Token>.allocate(capacity: 16)
                defer { scratch.deallocate() }
                let covered = WordBreaker.tokens(buffer, into: &scratch) != nil
                return (covered, try breakerTokens(buffer, units) == icu)
            }
        }
    }
}
