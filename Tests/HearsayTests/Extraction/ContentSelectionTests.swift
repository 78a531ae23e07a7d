import Testing
@testable import Hearsay

/// Body selection on small synthetic pages: what is kept and what is dropped.
@Suite struct ContentSelectionTests {
    let extractor = ArticleExtractor()

    /// Three prose paragraphs long enough to be an article body.
    static let story = """
    <p>The council voted on Monday to close the old bridge, citing cracks found in two of its piers during an inspection.</p>
    <p>Engineers said the repairs, which will take most of next year, would cost far more than the city had set aside.</p>
    <p>Residents who cross the river each day will have to use the ferry, or drive twenty minutes to the next crossing.</p>
    """

    func texts(_ html: String) -> [String] { extractor.extract(text: html).paragraphs.map(\.text) }

    @Test func furnitureNamedWrapperKeepsTheArticle() {
        let html = """
        <html><body class="one-sidebar sidebar-second"><div class="page-ad-margins"><h1>Bridge closed</h1>
        <div class="story">\(Self.story)</div></div>
        <div class="sidebar"><p>Popular this week: a long list of other things to read on this site today.</p></div></body></html>
        """
        let texts = texts(html)
        #expect(texts.count == 3)
        #expect(texts.first?.hasPrefix("The council voted") == true)
        #expect(!texts.contains { $0.hasPrefix("Popular this week") })
    }

    @Test func pageWideFormIsKeptButSearchFormIsNot() {
        let html = """
        <html><body><form id="aspnetForm"><form class="search"><p>Search the archive of this newspaper by keyword or date.</p></form>
        <h1>Bridge closed</h1><div>\(Self.story)</div></form></body></html>
        """
        let texts = texts(html)
        #expect(texts.count == 3)
        #expect(!texts.contains { $0.contains("Search the archive") })
    }

    @Test func tableRowsAreLines() {
        let html = """
        <html><body><h1>Standings</h1><div class="entry-content"><p>The standings after the final race of the season, with points and wins for each driver.</p>
        <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>
        <tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></div></body></html>
        """
        let texts = texts(html)
        #expect(texts.contains("Pos. Driver Points"))
        #expect(texts.contains("1 Kyle Busch 5040"))
        #expect(texts.contains("2 Martin Truex Jr. 5035"))
    }

    @Test func paragraphsInSeparateWrappersAreAllKept() {
        let wrapped = Self.story.split(separator: "\n").map { "<div class=\"block\"><div class=\"inner\">\($0)</div></div>" }.joined()
        let html = "<html><body><h1>Bridge closed</h1><div class=\"wrap\">\(wrapped)</div></body></html>"
        #expect(texts(html).count == 3)
    }

    @Test func bodySplitAroundAnInsertIsKeptWhole() {
        let parts = Self.story.split(separator: "\n")
        let html = """
        <html><body><h1>Bridge closed</h1><div class="main">
        <div class="chunk"><div class="body-text">\(parts[0])\(parts[1])</div></div>
        <div class="insert"><a href="/x">Read this next</a></div>
        <div class="chunk"><div class="body-text">\(parts[2])</div></div></div></body></html>
        """
        let texts = texts(html)
        #expect(texts.count == 3)
        #expect(!texts.contains("Read this next"))
    }

    @Test func teaserCardsAreDropped() {
        let card = """
        <div class="card"><h3><a href="/other">Another story about the river crossing</a></h3>
        <p>A summary of that other story, long enough to read like a real paragraph of prose text.</p></div>
        """
        let html = """
        <html><body><h1>Bridge closed</h1><div class="column"><div class="text">\(Self.story)</div>
        <div class="more"><h2>More stories</h2>\(card)\(card)\(card)\(card)</div></div></body></html>
        """
        let texts = texts(html)
        #expect(texts.first?.hasPrefix("The council voted") == true)
        #expect(!texts.contains { $0.hasPrefix("A summary of that other story") })
    }

    /// The footer holds more text than the story, but less than the story's lead weight.
    @Test func storyUnderTheHeadlineBeatsALongerFooter() {
        let html = """
        <html><body><div class="top"><h1>Bridge closed</h1><div class="text">
        <p>The council voted on Monday to close the old bridge, citing cracks found in two of its piers.</p>
        <p>Engineers said the repairs would take most of next year and cost more than planned.</p></div></div>
        \(String(repeating: "<div><a href=\"/n\">Headline of some other story on the site</a></div>", count: 30))
        <div class="contact"><div>You can reach our customer service desk about subscriptions, deliveries, billing, print
        editions and corrections by telephone on weekdays between nine and five, or by email at any time of day.</div></div>
        </body></html>
        """
        let texts = texts(html)
        #expect(texts.first?.hasPrefix("The council voted") == true)
        #expect(!texts.contains { $0.hasPrefix("You can reach") })
    }

    @Test func quotesListsAndHeadingsInsideTheBodyStay() {
        let html = """
        <html><body><h1>Bridge closed</h1><article class="post"><div class="entry-content">\(Self.story)
        <h2>What happens next</h2><ul><li>The ferry will run every fifteen minutes</li><li>Parking at the pier is free</li></ul>
        <p>“We had no choice,” said the mayor.</p><blockquote><p>Safety has to come first, whatever it costs.</p></blockquote>
        </div></article></body></html>
        """
        let article = extractor.extract(text: html)
        let texts = article.paragraphs.map(\.text)
        #expect(article.paragraphs.contains { $0.kind == .heading && $0.text == "What happens next" })
        #expect(article.paragraphs.contains { $0.kind == .listItem && $0.text == "Parking at the pier is free" })
        #expect(texts.contains("“We had no choice,” said the mayor."))
        #expect(article.paragraphs.contains { $0.kind == .blockquote && $0.text.hasPrefix("Safety has to come first") })
        #expect(!texts.contains("Bridge closed"), "the title is not part of the body")
    }

    @Test func linkListsAndFurnitureLinesInsideTheBodyGo() {
        let html = """
        <html><body><h1>Bridge closed</h1><div class="entry-content">\(Self.story)
        <p>Advertisement</p><ul><li><a href="/a">Other story one about something</a></li><li><a href="/b">Other story two</a></li></ul>
        </div></body></html>
        """
        let texts = texts(html)
        #expect(texts.count == 3)
    }
}

/// The class/id classifier and the byte-level helpers behind extraction.
@Suite struct ExtractionHelperTests {
    @Test func classHints() {
        #expect(ClassHint(names: ["post-share-bar"]).furniture)
        #expect(ClassHint(names: ["related"]).furniture)
        #expect(!ClassHint(names: ["entry-content"]).furniture)
        #expect(ClassHint(names: ["entry-content"]).body)
        #expect(ClassHint(names: ["articlepage-articlebody"]).body)
        #expect(ClassHint(names: ["story"]).score > 0)
        #expect(!ClassHint(names: ["paywall"]).furniture)
    }

    @Test func boilerplateLines() {
        let filter = BoilerplateFilter.shared
        #expect(filter.isBoilerplate("  Advertisement\u{00A0}"))
        #expect(filter.isBoilerplate("Subscribe to our newsletter for more"))
        #expect(filter.isBoilerplate("Please ENABLE JAVASCRIPT to view"))
        #expect(filter.isBoilerplate("ADVERTISEMENT – SCROLL TO CONTINUE"))
        #expect(!filter.isBoilerplate("The council voted to close the bridge."))
        #expect(!filter.isBoilerplate(String(repeating: "advertisement ", count: 40)))
    }

    @Test func internetDateTimesPassThrough() {
        #expect(DateNormalizer.isInternetDateTime("2024-03-05T10:00:00Z"))
        #expect(DateNormalizer.isInternetDateTime("2019-11-19T08:30:00-05:00"))
        #expect(!DateNormalizer.isInternetDateTime("2019-13-19T08:30:00Z"))
        #expect(!DateNormalizer.isInternetDateTime("2019-11-19"))
        #expect(DateNormalizer.iso8601("2019-11-19T08:30:00-05:00") == "2019-11-19T08:30:00-05:00")
        #expect(DateNormalizer.iso8601("2023-11-02") == "2023-11-02")
    }

    @Test func whitespaceIsCollapsedInText() {
        let article = ArticleExtractor().extract(text: "<p>One\u{2009}two\u{3000}three\t\n four\u{00A0}five, and enough words to count.</p>")
        #expect(article.paragraphs.map(\.text) == ["One two three four\u{00A0}five, and enough words to count."])
    }

    @Test func snifferCountsTagsBytewise() {
        #expect(InputSniffer.kind(of: "<P>One</P><DIV class=x>Two</DIV>") == .html)
        #expect(InputSniffer.kind(of: "&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;") == .encodedHTML)
        #expect(InputSniffer.kind(of: "a < b and c > d, nothing else") == .plainText)
    }
}
