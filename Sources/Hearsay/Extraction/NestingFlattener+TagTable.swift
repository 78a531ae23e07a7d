extension NestingFlattener {
    /// The tag names met in one page, each numbered from 0 in the order first met, with its
    /// `ElementKind`.
    ///
    /// A name is read with every byte `| 0x20` (ASCII letters lowercased; the other name bytes,
    /// digits, `-`, `:` and `_`, compare the same way before and after). Names of at most 16
    /// bytes are packed into two words, loaded eight bytes at a time, and found in an
    /// open-addressing table, so that the flattener's look-up for each tag of the page allocates
    /// nothing; longer names (custom elements) go to a dictionary. The table is a class over
    /// buffers of its own: read through an array (bounds and uniqueness checked) and with the
    /// packing done apart for both words, a look-up took about 150 instructions.
    final class TagTable {
        /// The kind of each numbered name.
        private(set) var kinds: [ElementKind] = []
        /// Slots in the table (a power of two).
        private var capacity: Int
        private var lows: UnsafeMutablePointer<UInt64>
        private var highs: UnsafeMutablePointer<UInt64>
        /// The number of the name in each slot, plus one (0 marks an empty slot).
        private var slots: UnsafeMutablePointer<Int32>
        private var long: [[UInt8]: Int] = [:]

        init() {
            capacity = 128
            (lows, highs, slots) = Self.allocate(capacity)
        }

        deinit { Self.free(lows, highs, slots) }

        /// How many names were numbered.
        var count: Int { kinds.count }

        /// The number of the name in `base[from..<to]`, numbering it if it is new. `readable`
        /// is how many bytes from `base` may be read (a name is loaded a word at a time when
        /// 16 bytes fit). Inlined into the flattener's loop, the rare cases apart.
        @inline(__always)
        func id(_ base: UnsafePointer<UInt8>, from: Int, to: Int, readable: Int) -> Int {
            // Wrapping arithmetic: offsets within a buffer never overflow, and the checks cost
            // more than the rest of a look-up.
            let length = to &- from
            let low: UInt64, high: UInt64
            if length <= 16 && from &+ 16 <= readable {
                let raw = UnsafeRawPointer(base + from)
                let first = raw.loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
                if length <= 8 {
                    (low, high) = (first & Self.mask(length), 0)
                } else {
                    (low, high) = (first, (raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | 0x2020_2020_2020_2020) & Self.mask(length &- 8))
                }
            } else if length <= 16 {
                (low, high) = Self.packed(base, from: from, length: length)
            } else {
                return longID(base, from: from, to: to)
            }
            let last = capacity &- 1
            var slot = Self.hash(low, high) & last
            while slots[slot] != 0 {
                if lows[slot] == low && highs[slot] == high { return Int(slots[slot]) &- 1 }
                slot = (slot &+ 1) & last
            }
            return insert(low, high, at: slot, name: (from..<to).map { base[$0] | 0x20 })
        }

        /// The number of a name over 16 bytes, numbering it if it is new.
        @inline(never)
        private func longID(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
            let name = (from..<to).map { base[$0] | 0x20 }
            if let known = long[name] { return known }
            long[name] = kinds.count
            return number(name)
        }

        /// Numbers the packed name, not in the table, whose probe ended at the empty `slot`.
        @inline(never)
        private func insert(_ low: UInt64, _ high: UInt64, at empty: Int, name: [UInt8]) -> Int {
            var slot = empty
            if (kinds.count - long.count + 1) * 2 > capacity {
                grow()
                slot = Self.hash(low, high) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            }
            lows[slot] = low
            highs[slot] = high
            slots[slot] = Int32(kinds.count + 1)
            return number(name)
        }

        /// A name of `length` (at most 16) bytes at `base + from`, each `| 0x20`, in two
        /// little-endian words padded with zeros (a name byte is never 0, so the padding is
        /// unambiguous), read byte by byte.
        static func packed(_ base: UnsafePointer<UInt8>, from: Int, length: Int) -> (UInt64, UInt64) {
            var low: UInt64 = 0, high: UInt64 = 0
            for k in 0..<length {
                let folded = UInt64(base[from + k] | 0x20)
                if k < 8 { low |= folded << (8 * UInt64(k)) } else { high |= folded << (8 * UInt64(k - 8)) }
            }
            return (low, high)
        }

        /// A word whose low `bytes` bytes (1 to 8) are all ones.
        @inline(__always)
        static func mask(_ bytes: Int) -> UInt64 { UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* bytes) }

        /// Where the probe for a packed name starts (before masking to the capacity).
        @inline(__always)
        static func hash(_ low: UInt64, _ high: UInt64) -> Int {
            var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            return Int(truncatingIfNeeded: h)
        }

        /// Numbers the lowercase `name`: the next number, with the name's kind.
        private func number(_ name: [UInt8]) -> Int {
            kinds.append(NestingFlattener.elementKinds[String(decoding: name, as: UTF8.self)] ?? [])
            return kinds.count - 1
        }

        /// Doubles the table.
        private func grow() {
            let old = (lows, highs, slots, capacity)
            capacity *= 2
            (lows, highs, slots) = Self.allocate(capacity)
            for k in 0..<old.3 where old.2[k] != 0 {
                var slot = Self.hash(old.0[k], old.1[k]) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                lows[slot] = old.0[k]
                highs[slot] = old.1[k]
                slots[slot] = old.2[k]
            }
            Self.free(old.0, old.1, old.2)
        }

        /// Buffers for `capacity` slots, all empty.
        private static func allocate(_ capacity: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>) {
            let lows = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
            let highs = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
            let slots = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
            return (lows, highs, slots)
        }

        /// Frees the buffers of `allocate(_:)`.
        private static func free(_ lows: UnsafeMutablePointer<UInt64>, _ highs: UnsafeMutablePointer<UInt64>, _ slots: UnsafeMutablePointer<Int32>) {
            lows.deallocate()
            highs.deallocate()
            slots.deallocate()
        }
    }
}
