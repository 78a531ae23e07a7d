import Testing
@testable import Hearsay

/// The look-ups `Lexicons+Lookup` answers from its byte-indexed tables.
@Suite struct LexiconsLookupTests {
    @Test func lastWordsAreLoweredASCIIOfNamesWithASpace() {
        // Made-up names: one word (left out), a Kelvin sign (read as its ASCII letter), an
        // accented last word (no ASCII word equals it: left out), a period (kept, and dropped).
        let keys = ["Quillan Bay", "Isle of Vorn", "Ostrander", "Fort \u{212A}ell", "Port Tomé", "North Quay St.", "Vale  "]
        let words = Lexicons.WordTables.lowercaseLastWords(of: keys)
        #expect(words == ["bay", "vorn", "kell", "st.", "st", ""])
    }

    @Test func lastWordsOfTheBundledGazetteerMatchAStringReading() {
        // The byte reading against one through the String views, over every bundled name.
        let keys = Array(Lexicons.shared.places.keys)
        var expected = Set<String>()
        for key in keys {
            guard let space = key.utf8.lastIndex(of: 0x20),
                  let ascii = ByteIndex.Builder.asciiEquivalent(String(key[key.utf8.index(after: space)...])) else { continue }
            let lowered = String(decoding: ascii, as: UTF8.self).lowercased()
            expected.insert(lowered)
            if lowered.hasSuffix(".") { expected.insert(String(lowered.dropLast())) }
        }
        #expect(!expected.isEmpty)
        #expect(Lexicons.WordTables.lowercaseLastWords(of: keys) == expected)
    }

    @Test func aPlaceNameMayEndOnlyWithALastWordOfTheGazetteer() throws {
        let lexicons = Lexicons.shared
        let key = try #require(lexicons.places.keys.first { $0.contains(" ") && $0.utf8.allSatisfy { $0 < 0x80 } })
        let last = Array(String(key.split(separator: " ").last!).lowercased().utf8)
        #expect(last.withUnsafeBufferPointer { lexicons.mayEndPlaceName(lowercaseASCII: $0) }, "\(key)")
        let unknown = Array("zzqxv".utf8)
        #expect(!unknown.withUnsafeBufferPointer { lexicons.mayEndPlaceName(lowercaseASCII: $0) })
        // Lexicons assembled by hand have no byte-indexed tables: nothing is ruled out.
        #expect(unknown.withUnsafeBufferPointer { Lexicons().mayEndPlaceName(lowercaseASCII: $0) })
    }
}
