/// The process's check that `SentenceBreaker` finds what the ICU it runs against finds.
extension SentenceBreaker {
    /// Scalars standing for every class the breaker covers (a line feed ends each probe line):
    /// other, lower, upper, OLetter, numeric, SContinue, close, space, ATerm, STerm, CR, Sep.
    static let probeScalars: [Unicode.Scalar] = ["#", "a", "A", "中", "1", ",", "\"", " ", ".", "?", "\r", "\u{2029}"]

    /// Scalars that may stand between a full stop and a small letter (SB8), with a small and a capital letter.
    static let sb8Scalars: [Unicode.Scalar] = [")", " ", "1", ",", "a", "A"]

    /// What follows an exception in the probe: spaces, closers, capitals, small letters, digits.
    static let exceptionTails = [" A", "  A", "A", " a", ""]

    /// The probe, one line each (a line feed ends every line), as UTF-8: every sequence of
    /// three `probeScalars`, and of three after a full stop; a full stop
    /// followed by every sequence of four `sb8Scalars`; each of ICU's exceptions alone and
    /// after a letter, followed by one or two spaces and a capital; and each exception that
    /// takes part in a partial match, and each of its parts up to a full stop, alone and after
    /// a letter, followed by each of `exceptionTails`.
    static func probeBytes(exceptions: SentenceExceptions) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 << 10)
        appendProbeLines(to: &bytes, sequencesOf: probeScalars, length: 3)
        appendProbeLines(to: &bytes, sequencesOf: probeScalars, length: 3, after: [0x2E])
        appendProbeLines(to: &bytes, sequencesOf: sb8Scalars, length: 4, after: [0x2E])
        /// The part of `utf8` up to and with its first full stop.
        func firstPart(_ utf8: [UInt8]) -> [UInt8]? { utf8.firstIndex(of: 0x2E).map { Array(utf8[...$0]) } }
        let partialParts = Set(exceptions.strings.compactMap { s -> [UInt8]? in
            let utf8 = Array(s.utf8)
            guard let part = firstPart(utf8), part.count < utf8.count else { return nil }
            return part
        })
        var heads: Set<[UInt8]> = []
        for exception in exceptions.strings {
            let utf8 = Array(exception.utf8)
            for before in [[], [UInt8(ascii: "x")]] {
                bytes += before + utf8 + Array(" A\n".utf8)
                bytes += before + utf8 + Array("  A\n".utf8)
            }
            guard let part = firstPart(utf8), partialParts.contains(part) else { continue }
            for (k, byte) in utf8.enumerated() where byte == 0x2E { heads.insert(Array(utf8[...k])) }
        }
        for head in heads.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            for before in [[], [UInt8(ascii: "x")]] {
                for tail in exceptionTails { bytes += before + head + Array(tail.utf8) + [0x0A] }
            }
        }
        return bytes
    }

    /// Whether the breaker's boundaries of the probe are those of ICU's sentence iterator
    /// `iterator`, with `brokenRule` switched off in the breaker (the tests break one to see
    /// the check fail).
    static func agrees(with iterator: BreakIterator, exceptions: SentenceExceptions = .english, brokenRule: Rule = .none) -> Bool {
        let probe = probeBytes(exceptions: exceptions)
        return probe.withUnsafeBufferPointer { buffer in
            var mine: [Int32] = [0]
            guard boundaries(buffer, from: 0, into: &mine, exceptions: exceptions, brokenRule: brokenRule) == buffer.count,
                  let icu = try? UTF16Buffer().withUTF16(of: buffer, { units in
                      try iterator.boundaries(buffer, utf16: units, withStatus: false).offsets
                  })
            else { return false }
            return mine == icu
        }
    }

    /// Whether the breaker agrees with this process's ICU (`agrees(with:)`, once per process):
    /// true with ICU 72, whose rules and exceptions it follows. An ICU whose rules moved a
    /// boundary, or whose exceptions the breaker reads wrongly, turns the breaker off
    /// (`Segmenter.usesSentenceBreaker`), and every text goes to ICU's sentence iterator.
    static let agreesWithICU: Bool = {
        guard !SentenceExceptions.english.strings.isEmpty, let iterator = try? BreakIterator.make(.sentence) else { return false }
        return agrees(with: iterator)
    }()
}
