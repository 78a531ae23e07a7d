/// Hearsay's one wrapper around the system ICU break iterators.
///
/// Only opaque handles and stdint types cross this header, so Swift modules that import
/// Foundation (which carries ICU headers of its own) never see the system ICU headers.
#ifndef CHEARSAY_ICU_H
#define CHEARSAY_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator bound to (at most) one UTF-8 text. Not thread-safe: one per task.
typedef struct HSBreaker HSBreaker;

/// Break kinds understood by `hs_breaker_open`.
enum {
    HS_BREAK_SENTENCE = 0,
    HS_BREAK_WORD = 1,
    HS_BREAK_LINE = 2
};

/// Opens a break iterator of `kind` for `locale` (e.g. "en@ss=standard").
/// Returns NULL and sets `*error` (an ICU UErrorCode > 0) on failure.
HSBreaker *hs_breaker_open(int32_t kind, const char *locale, int32_t *error);

/// Clones a prototype iterator (cheap compared with opening one). NULL on failure.
HSBreaker *hs_breaker_clone(const HSBreaker *prototype, int32_t *error);

/// Releases the iterator and its text binding.
void hs_breaker_close(HSBreaker *breaker);

/// Points the iterator at `length` bytes of UTF-8 at `utf8` (not copied: the bytes must stay
/// alive and unchanged while the iterator is used). Returns 0 or an ICU error code > 0.
int32_t hs_breaker_set_text(HSBreaker *breaker, const uint8_t *utf8, int64_t length);

/// Writes the UTF-16 form of `length` bytes of UTF-8 at `utf8` to `out` (room for `length`
/// units); returns the number of units, or -1 when the bytes are not well-formed UTF-8.
/// When `map` is not NULL (room for `length + 1` entries) it receives the byte offset of each
/// unit and, after the last, `length`.
int64_t hs_utf8_to_utf16(const uint8_t *utf8, int64_t length, uint16_t *out, int32_t *map);

/// Points the iterator at `units` UTF-16 units at `utf16`, the `hs_utf8_to_utf16` form of the
/// `length` bytes at `utf8`, with its `map` of byte offsets or NULL (none copied: all must stay
/// alive and unchanged while the iterator is used). ICU reads UTF-16 natively, so this runs
/// faster than `hs_breaker_set_text`; boundaries are still reported as offsets into the UTF-8,
/// looked up in `map` or, without one, counted along the UTF-8. Returns 0 or an ICU error > 0.
int32_t hs_breaker_set_text_utf16(HSBreaker *breaker, const uint16_t *utf16, int32_t units,
                                  const uint8_t *utf8, int64_t length, const int32_t *map);

/// Moves to the first boundary (always 0); returns it.
int32_t hs_breaker_first(HSBreaker *breaker);

/// Returns the next boundary as a UTF-8 byte offset, or -1 when there is none.
int32_t hs_breaker_next(HSBreaker *breaker);

/// The rule status of the boundary last returned (for words: 0 none, 100 number, 200 letter,
/// 300 kana, 400 ideographic).
int32_t hs_breaker_rule_status(const HSBreaker *breaker);

/// Fills `offsets` (and `statuses` if not NULL) with up to `capacity` following boundaries;
/// returns how many were written (0 at the end of the text).
int32_t hs_breaker_fill(HSBreaker *breaker, int32_t *offsets, int32_t *statuses, int32_t capacity);

/// The Unicode Word_Break property of the scalar `c` as ICU has it (a UWordBreakValues
/// number: 0 Other, 1 ALetter, 2 Format, 3 Katakana, 4 MidLetter, 5 MidNum, 6 Numeric,
/// 7 ExtendNumLet, 8 CR, 9 Extend, 10 LF, 11 MidNumLet, 12 Newline, 13 Regional_Indicator,
/// 14 Hebrew_Letter, 15 Single_Quote, 16 Double_Quote, 17-20 the emoji values, 21 ZWJ,
/// 22 WSegSpace).
int32_t hs_word_break_property(int32_t c);

/// The Unicode Sentence_Break property of the scalar `c` as ICU has it (a USentenceBreak
/// number: 0 Other, 1 ATerm, 2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp,
/// 9 STerm, 10 Upper, 11 CR, 12 Extend, 13 LF, 14 SContinue).
int32_t hs_sentence_break_property(int32_t c);

/// The strings after which ICU's "ss=standard" sentence iterator for `locale` (e.g. "en")
/// suppresses a break, read from ICU's own break iterator data (brkitr bundle, key
/// exceptions/SentenceBreak): written to `out` as UTF-8, each followed by a 0 byte, when
/// they fit in `capacity` bytes. Returns the number of bytes they take (call with NULL to
/// size the buffer), or -1 when the data cannot be read.
int32_t hs_sentence_exceptions(const char *locale, uint8_t *out, int32_t capacity);

/// The ICU version string, e.g. "72.1".
const char *hs_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
