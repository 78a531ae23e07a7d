import Testing
@testable import Hearsay

@Suite struct JSONWriterRecordsTests {
    func compact(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter()
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// Elements written a run at a time take the commas of elements written by the general
    /// calls, before and after them, and leave the array's state as those do.
    @Test func elementsTakeTheirCommasAmongOtherElements() {
        let json = compact { w in
            w.beginArray()
            w.compactElement(upTo: 8) { JSONWriter.put("{\"a\":", at: $0) }
            w.compactRun(upTo: 20) { at in JSONWriter.put("}", at: JSONWriter.put(7, at: at)) }
            w.value(1 as Int?)
            w.compactElement(upTo: 2) { JSONWriter.put("[]", at: $0) }
            w.beginObject(); w.member("b", 2); w.endObject()
            w.endArray()
        }
        #expect(json == #"[{"a":7},1,[],{"b":2}]"#)
        let first = compact { w in
            w.beginArray()
            w.compactElement(upTo: 4) { JSONWriter.put("true", at: $0) }
            w.endArray()
        }
        #expect(first == "[true]")
    }

    /// Numbers are written as `String` spells them, nil as `null`.
    @Test func putsNumbersAndNull() {
        for n in [0, 7, 10, 99, 100, 1234, 98_765, Int.max] {
            let json = compact { w in w.compactRun(upTo: 20) { JSONWriter.put(n, at: $0) } }
            #expect(json == String(n))
        }
        #expect(compact { w in w.compactRun(upTo: 4) { JSONWriter.put(nil as Int?, at: $0) } } == "null")
    }
}
