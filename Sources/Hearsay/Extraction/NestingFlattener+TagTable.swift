import Foundation

extension NestingFlattener {
    /// The tag names met in one page, each numbered from 0 in the order first met, with its
    /// `ElementKind`.
    ///
    /// A name is read with every byte `| 0x20` (ASCII letters lowercased; the other name bytes,
    /// digits, `-`, `:` and `_`, compare the same way before and after). Names of at most 16
    /// bytes are packed into two words, loaded eight bytes at a time, and found in an
    /// open-addressing table, so that the flattener's look-up for each tag of the page allocates
    /// nothing; longer names (custom elements) go to a dictionary.
    struct TagTable {
        /// The kind of each numbered name.
        private(set) var kinds: [ElementKind] = []
        private var lows: [UInt64]
        private var highs: [UInt64]
        /// The number of the name in each slot, plus one (0 marks an empty slot).
        private var slots: [Int32]
        private var used = 0
        private var long: [[UInt8]: Int] = [:]

        init() {
            lows = [UInt64](repeating: 0, count: 64)
            highs = lows
            slots = [Int32](repeating: 0, count: 64)
        }

        /// How many names were numbered.
        var count: Int { kinds.count }

        /// The number of the name in `base[from..<to]`, numbering it if it is new. `readable`
        /// is how many bytes from `base` may be read (a name is loaded a word at a time when
        /// the words fit).
        mutating func id(_ base: UnsafePointer<UInt8>, from: Int, to: Int, readable: Int) -> Int {
            let length = to - from
            guard length <= 16 else {
                let name = (from..<to).map { base[$0] | 0x20 }
                if let known = long[name] { return known }
                long[name] = kinds.count
                return number(name)
            }
            let (low, high) = Self.packed(base, from: from, length: length, readable: readable)
            let slot = self.slot(low, high)
            if slots[slot] > 0 { return Int(slots[slot]) - 1 }
            if (used + 1) * 2 > slots.count {
                grow()
                return insert(low, high, at: self.slot(low, high), name: (from..<to).map { base[$0] | 0x20 })
            }
            return insert(low, high, at: slot, name: (from..<to).map { base[$0] | 0x20 })
        }

        /// The first 16 bytes of a name of `length` bytes at `base + from`, each `| 0x20`, in
        /// two little-endian words padded with zeros (a name byte is never 0, so the padding is
        /// unambiguous).
        static func packed(_ base: UnsafePointer<UInt8>, from: Int, length: Int, readable: Int) -> (UInt64, UInt64) {
            let raw = UnsafeRawPointer(base + from)
            let lowBytes = min(length, 8), highBytes = length - lowBytes
            if from + 16 <= readable {
                let low = (raw.loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020) & mask(lowBytes)
                let high = highBytes == 0 ? 0 : (raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | 0x2020_2020_2020_2020) & mask(highBytes)
                return (low, high)
            }
            var low: UInt64 = 0, high: UInt64 = 0
            for k in 0..<length {
                let folded = UInt64(base[from + k] | 0x20)
                if k < 8 { low |= folded << (8 * UInt64(k)) } else { high |= folded << (8 * UInt64(k - 8)) }
            }
            return (low, high)
        }

        /// A word whose low `bytes` bytes (1 to 8) are all ones.
        @inline(__always)
        static func mask(_ bytes: Int) -> UInt64 { UInt64.max >> UInt64(64 - 8 * bytes) }

        /// Puts the packed name in the empty `slot` and numbers it.
        private mutating func insert(_ low: UInt64, _ high: UInt64, at slot: Int, name: [UInt8]) -> Int {
            lows[slot] = low
            highs[slot] = high
            slots[slot] = Int32(kinds.count + 1)
            used += 1
            return number(name)
        }

        /// Numbers the lowercase `name`: the next number, with the name's kind.
        private mutating func number(_ name: [UInt8]) -> Int {
            kinds.append(NestingFlattener.elementKinds[String(decoding: name, as: UTF8.self)] ?? [])
            return kinds.count - 1
        }

        /// The slot holding the packed name, or the empty slot where it goes.
        private func slot(_ low: UInt64, _ high: UInt64) -> Int {
            let mask = slots.count - 1
            var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] > 0 && (lows[slot] != low || highs[slot] != high) { slot = (slot + 1) & mask }
            return slot
        }

        /// Doubles the table.
        private mutating func grow() {
            let old = (lows, highs, slots)
            lows = [UInt64](repeating: 0, count: old.2.count * 2)
            highs = lows
            slots = [Int32](repeating: 0, count: old.2.count * 2)
            for k in old.2.indices where old.2[k] > 0 {
                let slot = self.slot(old.0[k], old.1[k])
                lows[slot] = old.0[k]
                highs[slot] = old.1[k]
                slots[slot] = old.2[k]
            }
        }
    }
}
