/// The process's check that `WordBreaker` finds what the ICU it runs against finds.
extension WordBreaker {
    /// Scalars standing for every class the breaker covers, with the two ICU 72 treats apart
    /// from the Unicode data (`@` a letter, `:` no MidLetter): letters, digits, MidLetter,
    /// MidNum, MidNumLet, ExtendNumLet, spaces, CR, other newlines and other characters.
    static let probeScalars: [Unicode.Scalar] = [
        "a", "Z", "é", "@", "1", "\u{0663}", "\u{00B7}", ":", ",", ";", ".", "'", "’", "_", "\u{202F}", " ",
        "-", "\u{00A0}", "“", "€", "\r", "\u{000B}", "\u{0085}",
    ]

    /// Every sequence of three `probeScalars`, one per line, as UTF-8 (written byte by byte:
    /// appending scalars to a string one sequence at a time took 470 M instructions).
    static var probeBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(probeScalars.count * probeScalars.count * probeScalars.count * 8)
        appendProbeLines(to: &bytes, sequencesOf: probeScalars, length: 3)
        return bytes
    }

    /// Whether the breaker's tokens of `probeBytes` are those of ICU's word iterator (12,167
    /// lines, about 24 M instructions, once per process): true with ICU 72, whose rules it follows. An ICU
    /// whose rules moved a boundary between covered scalars turns the breaker off
    /// (`Segmenter.usesWordBreaker`), and every text goes to ICU's word iterator.
    static let agreesWithICU: Bool = {
        guard let iterator = try? BreakIterator.make(.word) else { return false }
        return probeBytes.withUnsafeBufferPointer { buffer in
            var scratch = UnsafeMutableBufferPointer<Document.Token>.allocate(capacity: 4096)
            defer { scratch.deallocate() }
            guard let count = tokens(buffer, into: &scratch), let icu = try? icuTokens(buffer, iterator) else { return false }
            return icu.elementsEqual(scratch[0..<count])
        }
    }()

    /// The tokens of `bytes` that ICU's word iterator `iterator` finds, made by
    /// `Segmenter.appendTokens` from its boundaries and rule statuses: what the breaker must give.
    static func icuTokens(_ bytes: UnsafeBufferPointer<UInt8>, _ iterator: BreakIterator) throws -> [Document.Token] {
        let (offsets, statuses) = try iterator.boundaries(bytes, withStatus: true)
        var previous = 0
        return offsets.dropFirst().withUnsafeBufferPointer { o in
            statuses.dropFirst().withUnsafeBufferPointer { s in
                [Document.Token](unsafeUninitializedCapacity: o.count) { out, initialized in
                    let end = Segmenter.appendTokens(o, s, after: &previous, bytes, to: out.baseAddress!)
                    initialized = out.baseAddress!.distance(to: end)
                }
            }
        }
    }
}
