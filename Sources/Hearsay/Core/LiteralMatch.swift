import Foundation

/// Telling a token's text from a few fixed strings by bytes.
extension String {
    /// Whether the string's UTF-8 bytes are those of one of `literals`. The bytes are compared,
    /// where `==` goes the way of Unicode equivalence for non-ASCII text (about 340 instructions
    /// a comparison with a dash, callgrind, the 168 PolNeAR dev+test texts); for the marks the
    /// rules ask about (dashes, commas, apostrophes), no other text is equivalent to any.
    func hasUTF8(ofOneOf literals: [StaticString]) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            literals.contains { literal in
                literal.utf8CodeUnitCount == bytes.count
                    && (bytes.isEmpty || memcmp(literal.utf8Start, bytes.baseAddress!, bytes.count) == 0)
            }
        }
    }
}
