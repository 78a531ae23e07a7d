extension EntityDecoder {
    /// The names of a reference table of at most 16 bytes, each packed into two words, in an
    /// open-addressing set, so that whether the table knows a name written in the markup is
    /// answered from its bytes.
    ///
    /// `repairReferences` asks this for every `&name;` of a page: making a string of the name
    /// and finding it in the table's dictionary took 667 instructions a name (15.6 M over the
    /// 181 test pages, for 23,428 names).
    struct NameIndex: Sendable {
        private let lows: [UInt64]
        private let highs: [UInt64]
        /// Whether each slot holds a name.
        private let filled: [Bool]

        /// The index of the names of at most 16 bytes among `names` (none of which holds a NUL
        /// byte, so the zero padding of a packed name is unambiguous).
        init(_ names: some Sequence<String>) {
            let short = names.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count <= 16 }
            var capacity = 16
            while capacity < short.count * 2 { capacity *= 2 }
            var lows = [UInt64](repeating: 0, count: capacity)
            var highs = lows
            var filled = [Bool](repeating: false, count: capacity)
            for name in short {
                let (low, high) = name.withUnsafeBufferPointer { Self.packed($0, from: 0, to: name.count) }
                var slot = Self.hash(low, high) & (capacity - 1)
                while filled[slot] && (lows[slot] != low || highs[slot] != high) { slot = (slot + 1) & (capacity - 1) }
                (lows[slot], highs[slot], filled[slot]) = (low, high, true)
            }
            (self.lows, self.highs, self.filled) = (lows, highs, filled)
        }

        /// Whether the name in `bytes[from..<to]` is indexed; nil when it is longer than 16
        /// bytes (or empty), so is not looked for here.
        func contains(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool? {
            guard to > from, to - from <= 16 else { return nil }
            let (low, high) = Self.packed(bytes, from: from, to: to)
            let mask = filled.count - 1
            var slot = Self.hash(low, high) & mask
            while filled[slot] {
                if lows[slot] == low && highs[slot] == high { return true }
                slot = (slot + 1) & mask
            }
            return false
        }

        /// `bytes[from..<to]` (at most 16 bytes) in two little-endian words padded with zeros.
        @inline(__always)
        static func packed(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> (UInt64, UInt64) {
            var low: UInt64 = 0, high: UInt64 = 0
            for k in from..<to {
                let shift = UInt64(8 * ((k - from) & 7))
                if k - from < 8 { low |= UInt64(bytes[k]) << shift } else { high |= UInt64(bytes[k]) << shift }
            }
            return (low, high)
        }

        /// Where the probe for a packed name starts (before masking to the capacity).
        @inline(__always)
        static func hash(_ low: UInt64, _ high: UInt64) -> Int {
            var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            return Int(truncatingIfNeeded: h)
        }
    }
}
