import CLibXML2
import Foundation
import Testing
@testable import Hearsay

/// The per-thread arena libxml2 allocates from while a page is parsed (CLibXML2/shim.h).
@Suite struct LibXMLArenaTests {
    @Test func passesThroughOutsideTheArena() {
        let pointer = hs_xml_malloc(40)
        #expect(pointer != nil)
        #expect(hs_arena_owns(pointer) == 0)
        let grown = hs_xml_realloc(pointer, 4000)
        #expect(hs_arena_owns(grown) == 0)
        hs_xml_arena_free(grown)
    }

    @Test func allocatesFromTheArenaAndKeepsContentsOnRealloc() {
        hs_arena_begin()
        defer { hs_arena_end() }
        let raw = hs_xml_malloc(5)!
        #expect(hs_arena_owns(raw) == 1)
        #expect(Int(bitPattern: raw) % 16 == 0)
        memcpy(raw, "quay", 5)
        // The newest block grows in place; an older one is copied.
        let grown = hs_xml_realloc(raw, 100)!
        #expect(grown == raw)
        let other = hs_xml_malloc(8)!
        let moved = hs_xml_realloc(grown, 200_000)!
        #expect(moved != grown && moved != other)
        #expect(String(cString: moved.assumingMemoryBound(to: CChar.self)) == "quay")
        let copy = hs_xml_strdup("harbour")!
        #expect(String(cString: copy) == "harbour")
        // A block larger than a chunk gets a chunk of its own.
        let large = hs_xml_malloc(3 << 20)!
        #expect(hs_arena_owns(large) == 1)
        memset(large, 0x41, 3 << 20)
        hs_xml_arena_free(moved)
        // Memory malloc'd before the arena began is still freed for real.
        hs_arena_end()
        let outside = hs_xml_malloc(16)
        hs_arena_begin()
        hs_xml_arena_free(outside)
    }

    @Test func parsesTheSamePageAlikeOnManyThreads() async {
        let page = "<html><body><div class=\"story\"><h1>Ferry returns</h1>"
            + String(repeating: "<p>The ferry to the island runs again from <b>Monday</b>, the council said.</p>", count: 200)
            + "</div><div class=\"sidebar\"><p>Related links</p></div></body></html>"
        let serial = HTMLTree(markup: Array(page.utf8)).blocks.map(\.text)
        #expect(serial.count > 100)
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { HTMLTree(markup: Array(page.utf8)).blocks.map(\.text) } }
            for await blocks in group { #expect(blocks == serial) }
        }
    }
}
