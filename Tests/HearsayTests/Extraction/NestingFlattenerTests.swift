import Testing
@testable import Hearsay

@Suite struct NestingFlattenerTests {
    func flatten(_ html: String, maxDepth: Int = 4) -> (String, Int) {
        let (bytes, removed) = NestingFlattener(maxDepth: maxDepth).flatten(Array(html.utf8))
        return (String(decoding: bytes, as: UTF8.self), removed)
    }

    @Test func shallowPagesComeBackUnchanged() {
        let html = "<html><body><div><p>One<p>Two<br><img src=x></p><ul><li>a<li>b</ul></div></body></html>"
        #expect(flatten(html, maxDepth: 5) == (html, 0))
    }

    @Test func tagsBeyondTheDepthAreRemovedWithTheirEndTags() {
        let (out, removed) = flatten("<div><div><div><div><div><div>deep</div></div></div></div></div></div><p>after</p>")
        #expect(removed == 2)
        #expect(out == "<div><div><div><div>  deep  </div></div></div></div><p>after</p>")
    }

    @Test func optionalEndTagsAndVoidElementsDoNotDeepen() {
        let html = String(repeating: "<p>para", count: 50) + String(repeating: "<br><hr/><img src='a>b'>", count: 50)
        #expect(flatten(html).1 == 0)
    }

    @Test func scriptsAndCommentsAreSkipped() {
        let html = "<div><script>" + String(repeating: "<div>", count: 20) + "</script><!-- <div><div><div><div><div> --><p>text</p></div>"
        #expect(flatten(html).1 == 0)
    }

    @Test func twoHundredThousandNestedElementsKeepTheirText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 200_000) + "<p>“Deep,” said Ann Lee.</p>"
            + String(repeating: "</div>", count: 200_000) + "<p>After the deep part, the article goes on.</p></body></html>"
        let (markup, removed) = NestingFlattener().flatten(Array(html.utf8))
        #expect(removed == 200_000 - 186, "html, body and 186 divs kept; the p keeps its tag in the levels left for paragraphs")
        #expect(HTMLTree(markup: markup).blocks.map(\.text) == ["“Deep,” said Ann Lee.", "After the deep part, the article goes on."])
        // Without flattening libxml2 gives up at its depth limit and both paragraphs are lost.
        #expect(HTMLTree(html: html).blocks.isEmpty)
        #expect(ArticleExtractor().extract(text: html, kind: .html).warnings.map(\.code) == [.deepNesting])
    }

    @Test func mixedCaseNamesNestAndCloseAsOne() {
        let (out, removed) = flatten("<DIV><div><Div><dIv><div>x</DIV></div></div></div></div>")
        #expect(removed == 1)
        #expect(out == "<DIV><div><Div><dIv> x </div></div></div></div>")
    }

    @Test func strayEndTagsAndLongNamesDoNotUnbalanceTheStack() {
        let long = "<a-very-long-custom-element>"
        let html = "</span></x>" + String(repeating: long, count: 6) + "deep" + String(repeating: "</a-very-long-custom-element>", count: 6)
        let (out, removed) = flatten(html)
        #expect(removed == 2)
        #expect(out == "</span></x>" + String(repeating: long, count: 4) + "  deep  " + String(repeating: "</a-very-long-custom-element>", count: 4))
    }

    @Test func rawTextEndsAtItsOwnEndTagInAnyCase() {
        let html = "<div><SCRIPT>if (a<b) { x = '</div>' }</Script><div><div><div><div>x</div></div></div></div></div>"
        let (out, removed) = flatten(html)
        #expect(removed == 1)
        #expect(out.hasSuffix("<div><div><div> x </div></div></div></div>"))
    }

    @Test func anEndTagClosesItsNameAmongMoreNamesThanTheCountsFirstHold() {
        // 100 names nested (the counts start with room for 64), </x70> closes x70 to x99, and
        // the divs start 70 deep: 118 fit in the 188 levels left to containers.
        let html = (0..<100).map { "<x\($0)>" }.joined() + "</x70>" + String(repeating: "<div>", count: 201) + "text"
        let (markup, removed) = NestingFlattener().flatten(Array(html.utf8))
        #expect(removed == 201 - 118)
        #expect(String(decoding: markup, as: UTF8.self).hasSuffix(String(repeating: " ", count: 83) + "text"))
    }
}
