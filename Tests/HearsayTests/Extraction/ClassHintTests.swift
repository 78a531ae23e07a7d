import Testing
@testable import Hearsay

@Suite struct ClassHintTests {
    /// The verdict as the four lists give it, each asked on its own.
    func reference(_ token: String) -> ClassHint {
        var hint = ClassHint()
        if ClassHint.bodyTokenNames.contains(token) { hint.body = true }
        if ClassHint.furnitureTokenNames.contains(token) { hint.furniture = true; return hint }
        if ClassHint.articleTokenNames.contains(token) { hint.score += 25; return hint }
        var articleLike = false
        for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init) {
            if ClassHint.furniturePartNames.contains(part) { hint.furniture = true }
            if ClassHint.bodyTokenNames.contains(part) { hint.body = true }
            if ClassHint.articleTokenNames.contains(part) { articleLike = true }
        }
        if articleLike { hint.score += 25 }
        return hint
    }

    func verdict(_ token: String) -> ClassHint {
        var token = token
        return token.withUTF8 { ClassHint.verdict($0) }
    }

    @Test func oneLookUpAnswersAsTheFourLists() {
        let lists = ClassHint.furnitureTokenNames.union(ClassHint.furniturePartNames).union(ClassHint.articleTokenNames)
            .union(ClassHint.bodyTokenNames)
        var tokens = Array(lists)
        for word in lists.sorted().prefix(40) {
            tokens += ["x-\(word)", "\(word)_wide", "main-\(word)-2", "\(word)s"]
        }
        tokens += ["col-md-8", "post-share-bar", "entry-content", "story__body", "ad", "adx", "", "-", "a--b"]
        for token in tokens { #expect(verdict(token) == reference(token), "\(token)") }
        let shareBar = verdict("post-share-bar"), articleBody = verdict("article-body")
        #expect(shareBar.score == 25 && shareBar.furniture && !shareBar.body)
        #expect(articleBody.score == 25 && !articleBody.furniture && articleBody.body)
    }
}
