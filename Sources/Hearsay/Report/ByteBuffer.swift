/// A growable run of bytes written through a raw pointer: each append checks the capacity once
/// and stores or copies, with none of `Array`'s uniqueness checks or generic sequence copying.
///
/// Noncopyable, so that two owners can never share (and free) one allocation; `array` hands
/// the bytes over as an ordinary `[UInt8]`.
///
///     var buffer = ByteBuffer()
///     buffer.append(0x7B); buffer.append("\"id\"")   // {"id"
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    private var capacity: Int
    /// Whether the bytes are still in room lent by the caller (`init(lending:)`), which the
    /// buffer must not free; growing moves them to an allocation of its own.
    private(set) var isLent = false

    /// An empty buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        self.base = .allocate(capacity: self.capacity)
    }

    /// An empty buffer writing into `room` (which must outlive it) until it needs more.
    init(lending room: UnsafeMutableBufferPointer<UInt8>) {
        if let start = room.baseAddress, room.count >= 16 {
            self.base = start
            self.capacity = room.count
            self.isLent = true
        } else {
            self.capacity = 16
            self.base = .allocate(capacity: 16)
        }
    }

    deinit { if !isLent { base.deallocate() } }

    /// The bytes written, as an array.
    var array: [UInt8] {
        let count = count, base = base
        // One memcpy into the new array's storage (the sequence initialiser copies byte by byte).
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let target = buffer.baseAddress { target.initialize(from: base, count: count) }
            initialized = count
        }
    }

    /// Makes room for `extra` more bytes.
    ///
    /// The arithmetic here and in the writes below does not check for overflow (`count` never
    /// exceeds `capacity`): the checks were two branches in each of a report's some 600
    /// writes, which callgrind counted.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if capacity &- count < extra { grow(toHold: count + extra) }
    }

    /// Moves the bytes to an allocation of at least `needed` bytes (doubling, so that appends
    /// stay amortised O(1)).
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        if isLent { isLent = false } else { base.deallocate() }
        base = newBase
        capacity = newCapacity
    }

    /// Lets `body` write at most `maxCount` bytes straight into the buffer, without a capacity
    /// check per byte: it gets where to start and returns where it stopped.
    @inline(__always)
    mutating func write(upTo maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>) {
        reserve(maxCount)
        let start = base + count
        count &+= start.distance(to: body(start))
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    /// Appends two bytes (an escape such as `\n`).
    @inline(__always)
    mutating func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count &+= 2
    }

    /// Appends the bytes at `start` (`length` of them, outside the buffer).
    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        (base + count).initialize(from: start, count: length)
        count &+= length
    }

    /// Appends the bytes of `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    /// Appends the UTF-8 of a string spelled in the source.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `n` in decimal, as `String(n)` spells it.
    @inline(__always)
    mutating func appendDecimal(_ n: Int) {
        guard n >= 0 else { append(String(n)); return }
        write(upTo: 19) { Self.writeDecimal(n, at: $0) }
    }

    /// Writes the decimal digits of `n` (not negative; at most 19 of them) at `start`; returns
    /// the end of what it wrote.
    ///
    /// Up to four digits (most offsets in an article) are written in line, two at a time from
    /// `digitPairs`: the call to `writeLongDecimal` cost as much as the digits (callgrind, a
    /// report's some 270 numbers).
    @inline(__always)
    static func writeDecimal(_ n: Int, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        if n < 10 { start.pointee = 0x30 &+ UInt8(truncatingIfNeeded: n); return start + 1 }
        guard n < 10_000 else { return writeLongDecimal(UInt(bitPattern: n), at: start) }
        let pairs = digitPairs.utf8Start
        @inline(__always) func pair(_ value: Int, at to: UnsafeMutablePointer<UInt8>) {
            let at = value &* 2
            to[0] = pairs[at]
            to[1] = pairs[at &+ 1]
        }
        if n < 100 { pair(n, at: start); return start + 2 }
        let high = n / 100, low = n &- high &* 100
        if high < 10 {
            start[0] = 0x30 &+ UInt8(truncatingIfNeeded: high)
            pair(low, at: start + 1)
            return start + 3
        }
        pair(high, at: start)
        pair(low, at: start + 2)
        return start + 4
    }

    /// "00" to "99": the two digits of each number below 100.
    static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// `writeDecimal` for `n` of five digits or more: digits counted by powers of ten, then
    /// written from the right two at a time (one division by 100 per pair).
    @inline(never)
    static func writeLongDecimal(_ n: UInt, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        let pairs = digitPairs.utf8Start
        @inline(__always) func pair(_ value: UInt, at to: UnsafeMutablePointer<UInt8>) {
            let at = Int(truncatingIfNeeded: value) &* 2
            to[0] = pairs[at]
            to[1] = pairs[at &+ 1]
        }
        var digits = 2
        var power: UInt = 100
        while digits < 19, n >= power { digits &+= 1; power &*= 10 }
        var value = n
        var at = start + digits
        while value >= 100 {
            let quotient = value / 100
            at -= 2
            pair(value &- quotient &* 100, at: at)
            value = quotient
        }
        if value >= 10 {
            pair(value, at: start)
        } else {
            start[0] = 0x30 &+ UInt8(truncatingIfNeeded: value)
        }
        return start + digits
    }
}
