/// Seeded byte-level mutations in the style of libFuzzer's: flips, inserted and erased runs,
/// repeated chunks, interesting bytes (quote marks, `<`, `&`, NUL) and splices with a donor.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// A pseudo-random number below `bound` (splitmix64).
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return bound <= 1 ? 0 : Int((z ^ (z >> 31)) % UInt64(bound))
    }

    static let interesting: [[UInt8]] = [
        Array("“".utf8), Array("”".utf8), Array("‘".utf8), Array("’".utf8), Array("«".utf8), [0x22], [0x27], [0x3C], [0x3E],
        [0x26], [0x00], [0x0A, 0x0A], Array("<p>".utf8), Array("</p>".utf8), Array("&#x110000;".utf8), Array("&amp;".utf8),
        Array(" said ".utf8), Array("Mr. ".utf8), [0xFF], [0xC3], [0xE2, 0x80],
    ]

    /// One to four random mutations of `input`.
    mutating func mutate(_ input: [UInt8], donor: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...next(4) {
            let at = next(bytes.count + 1)
            switch next(6) {
            case 0 where !bytes.isEmpty:
                bytes[min(at, bytes.count - 1)] ^= UInt8(1 << next(8))
            case 1:
                bytes.insert(contentsOf: Self.interesting[next(Self.interesting.count)], at: at)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + next(64))
                bytes.removeSubrange(min(at, end)..<end)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + next(32))
                let chunk = Array(bytes[min(at, end)..<end])
                for _ in 0..<next(50) { bytes.insert(contentsOf: chunk, at: min(at, bytes.count)) }
            case 4 where !donor.isEmpty:
                let from = next(donor.count)
                bytes.insert(contentsOf: donor[from..<min(donor.count, from + 1 + next(256))], at: at)
            default:
                bytes.insert(UInt8(truncatingIfNeeded: next(256)), at: at)
            }
        }
        return bytes.count > 1 << 20 ? Array(bytes.prefix(1 << 20)) : bytes
    }
}
