/// The check that `WordBreaker` and ICU's word iterator agree, for `hearsay-bench wordcheck`.
extension Segmenter {
    /// Whether `WordBreaker` covers `text` (else `segment` leaves its tokens to ICU), and whether
    /// its tokens then equal those of ICU's word iterator, span for span and kind for kind.
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
                guard let count = WordBreaker.tokens(buffer, into: &scratch) else { return (false, true) }
                return (true, Array(scratch[0..<count]) == icu)
            }
        }
    }
}
