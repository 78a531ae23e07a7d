/// The stylesheet inlined in every HTML report: system fonts only, no network, a colour per
/// speaker (classes `s0`…`s5`, cycling), and the quote tooltip shown on hover or keyboard focus.
enum HTMLStyle {
    /// Number of speaker colours before they repeat.
    static let speakerColours = 6

    /// The CSS, placed in the page's `<style>` element.
    static let css = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --paper: #ffffff; --panel: #f6f6f8; }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--paper); color: var(--ink);
           font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
    .brand { color: var(--muted); font-size: .85rem; letter-spacing: .04em; text-transform: uppercase; margin: 0 0 1rem; }
    nav.toc { background: var(--panel); border: 1px solid var(--rule); border-radius: 8px; padding: .75rem 1.25rem; margin-bottom: 2rem; }
    nav.toc h2 { margin-top: .25rem; font-size: 1.1rem; }
    nav.toc .count { color: var(--muted); font-size: .85rem; }
    article.report { border-top: 3px solid var(--ink); padding-top: .5rem; margin-bottom: 3rem; }
    article.report > header h1 { font-family: Georgia, "Times New Roman", serif; font-size: 1.9rem; line-height: 1.2; margin: .4rem 0 .6rem; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .75rem; font-size: .9rem; }
    dl.meta dt { color: var(--muted); }
    dl.meta dd { margin: 0; overflow-wrap: anywhere; }
    .summary { color: var(--muted); }
    h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
    h3 { font-size: 1.1rem; margin: 1.4rem 0 .3rem; }
    .roles { color: var(--muted); font-weight: normal; font-style: italic; }
    .speaker h3 .count { color: var(--muted); font-weight: normal; font-size: .9rem; }
    ol.quotes { padding-left: 1.5rem; }
    ol.quotes > li { margin-bottom: 1rem; }
    .quote-text { font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; margin: 0; }
    .context { margin: .3rem 0; padding: .3rem .75rem; border-left: 3px solid var(--rule); color: #3c3c43; }
    .context strong { font-weight: 600; color: var(--ink); }
    .facts { margin: .2rem 0; color: var(--muted); font-size: .85rem; }
    .facts a { color: inherit; }
    section.text { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
    section.text p.list-item::before { content: "• "; }
    section.text blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
    mark.quote { position: relative; color: inherit; padding: .05em .1em; border-radius: 3px; cursor: help;
                 background: var(--tint); box-shadow: inset 0 -2px 0 var(--edge); }
    mark.quote:focus { outline: 2px solid var(--edge); outline-offset: 1px; }
    mark.quote .who { font: 600 .68rem/1 system-ui, sans-serif; color: #fff; background: var(--edge);
                      border-radius: 3px; padding: .1em .35em; margin-right: .3em; vertical-align: .15em;
                      user-select: none; white-space: nowrap; }
    mark.quote .tip { display: none; position: absolute; left: 0; bottom: calc(100% + 6px); z-index: 10;
                      font: .8rem/1.4 system-ui, sans-serif; color: #fff; background: #202124;
                      padding: .35em .6em; border-radius: 5px; white-space: nowrap; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
    mark.quote:hover .tip, mark.quote:focus .tip { display: block; }
    .speaker-mention { text-decoration: underline 2px var(--edge); text-underline-offset: 3px; }
    .cue { font-style: italic; }
    .s0 { --tint: #fff1b8; --edge: #b7791f; }
    .s1 { --tint: #d9ecff; --edge: #1a5fb4; }
    .s2 { --tint: #dcf5dc; --edge: #2f7d32; }
    .s3 { --tint: #f9dcef; --edge: #a3307a; }
    .s4 { --tint: #e6e0ff; --edge: #5b3cc4; }
    .s5 { --tint: #ffe3d1; --edge: #c2541b; }
    .none { --tint: #ececec; --edge: #6b6b6b; }
    .speaker h3 .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: var(--edge); margin-right: .4em; }
    table { border-collapse: collapse; font-size: .92rem; margin: .3rem 0 1rem; }
    th, td { text-align: left; padding: .25rem .9rem .25rem 0; border-bottom: 1px solid var(--rule); }
    td.num, th.num { text-align: right; }
    .warnings li { color: #8a4b00; }
    .failure { color: #a50e0e; }
    @media print { mark.quote .tip { display: none !important; } nav.toc { break-after: page; } }
    """
}
