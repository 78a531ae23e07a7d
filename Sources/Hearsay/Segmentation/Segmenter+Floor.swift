/// The segmentation floor: ICU's own sentence and word breaking, with nothing else.
extension Segmenter {
    /// Runs ICU's sentence and word iterators over `text` exactly as `segment(_:)` does (the same
    /// cloned iterators, the word boundaries with their rule statuses) and only counts the
    /// boundaries: no abbreviation filter, no tokens, no document.
    ///
    /// This is the floor the benchmark (`Scripts/bench`) measures the whole pipeline against.
    ///
    ///     let counts = try Segmenter().boundaryCounts("One. Two.")   // (sentences: 2, words: 6)
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func boundaryCounts(_ text: String) throws -> (sentences: Int, words: Int) {
        var text = text
        return try text.withUTF8 { buffer in
            try utf16.withUTF16(of: buffer) { units in
                let sentences = try sentenceIterator.boundaries(buffer, utf16: units, byteOffsets: utf16.byteOffsets, withStatus: false).offsets.count - 1
                let words = try wordIterator.boundaries(buffer, utf16: units, byteOffsets: utf16.byteOffsets, withStatus: true).offsets.count - 1
                return (sentences, words)
            }
        }
    }
}
