#ifndef HEARSAY_CLIBXML2_ARENA_H
#define HEARSAY_CLIBXML2_ARENA_H
#include <libxml/xmlmemory.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// A per-thread arena for libxml2's allocations while one page is parsed, walked and freed
// (hs_arena_begin ... hs_arena_end). libxml2 allocates every node, attribute, text and name
// separately and frees each again in xmlFreeDoc: a third of the parser's time went to malloc
// and free. Inside the arena an allocation moves a cursor, freeing does nothing, and the whole
// page's memory goes at once at the end. Outside it (other threads, other uses) the functions
// pass through to malloc, realloc and free.
//
// Each arena block starts with a 16-byte header: its size, then HS_ARENA_MAGIC right before
// the pointer returned. Where malloc's blocks have their own size word (a value far below
// 2^63), so a pointer is the arena's exactly when the word before it is the magic.

#define HS_ARENA_MAGIC 0xA7E4A5C3D2E1F00DULL
#define HS_ARENA_FIRST_CHUNK ((size_t)1 << 20)
#define HS_ARENA_MAX_CHUNK ((size_t)64 << 20)
#define HS_ARENA_KEPT_CHUNK ((size_t)32 << 20)

/// One malloc'd chunk of arena memory; the blocks follow the 16-byte header.
typedef struct hs_arena_chunk {
    struct hs_arena_chunk *next;
    size_t size;
} hs_arena_chunk;

/// The arena of this thread: its chunks (newest first), the free space of the newest, and
/// whether it is in use.
typedef struct {
    hs_arena_chunk *chunks;
    char *cursor;
    char *limit;
    int active;
} hs_arena_state;

/// This thread's arena (a function-local static, which the Swift importer emits with the function).
static inline hs_arena_state *hs_arena_get(void) {
    static __thread hs_arena_state state;
    return &state;
}

/// Whether `pointer` is an arena block.
static inline int hs_arena_owns(const void *pointer) {
    return pointer != NULL && ((const uint64_t *)pointer)[-1] == HS_ARENA_MAGIC;
}

/// A new arena block of `size` bytes (16-byte aligned), from a new chunk when the newest is full.
static inline void *hs_arena_alloc(size_t size) {
    hs_arena_state *const arena = hs_arena_get();
    size_t total = ((size + 15) & ~(size_t)15) + 16;
    if (total < size || (size_t)(arena->limit - arena->cursor) < total) {
        size_t chunkSize = arena->chunks ? arena->chunks->size * 2 : HS_ARENA_FIRST_CHUNK;
        if (chunkSize > HS_ARENA_MAX_CHUNK) chunkSize = HS_ARENA_MAX_CHUNK;
        if (total < size || total > SIZE_MAX - 16) return NULL;
        if (chunkSize < total + 16) chunkSize = total + 16;
        hs_arena_chunk *chunk = (hs_arena_chunk *)malloc(chunkSize);
        if (chunk == NULL) return NULL;
        chunk->next = arena->chunks;
        chunk->size = chunkSize;
        arena->chunks = chunk;
        arena->cursor = (char *)chunk + 16;
        arena->limit = (char *)chunk + chunkSize;
    }
    char *block = arena->cursor;
    arena->cursor += total;
    ((uint64_t *)block)[0] = size;
    ((uint64_t *)block)[1] = HS_ARENA_MAGIC;
    return block + 16;
}

/// libxml2's malloc.
static void *hs_xml_malloc(size_t size) {
    hs_arena_state *const arena = hs_arena_get();
    return arena->active ? hs_arena_alloc(size) : malloc(size);
}

/// libxml2's free: nothing for arena blocks (they go with the arena).
static void hs_xml_arena_free(void *pointer) {
    if (!hs_arena_owns(pointer)) free(pointer);
}

/// libxml2's realloc: an arena block grows in place when it is the newest, else is copied.
static void *hs_xml_realloc(void *pointer, size_t size) {
    hs_arena_state *const arena = hs_arena_get();
    if (pointer == NULL) return hs_xml_malloc(size);
    if (!hs_arena_owns(pointer)) return realloc(pointer, size);
    uint64_t *header = (uint64_t *)pointer - 2;
    size_t old = (size_t)header[0];
    size_t oldTotal = ((old + 15) & ~(size_t)15);
    size_t newTotal = ((size + 15) & ~(size_t)15);
    if (arena->active && newTotal >= size && (char *)pointer + oldTotal == arena->cursor
        && (size_t)(arena->limit - (char *)pointer) >= newTotal) {
        arena->cursor = (char *)pointer + newTotal;
        header[0] = size;
        return pointer;
    }
    void *moved = arena->active ? hs_arena_alloc(size) : malloc(size);
    if (moved == NULL) return NULL;
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

/// libxml2's strdup.
static char *hs_xml_strdup(const char *string) {
    size_t length = strlen(string) + 1;
    char *copy = (char *)hs_xml_malloc(length);
    if (copy != NULL) memcpy(copy, string, length);
    return copy;
}

/// Points libxml2's allocation at the functions above; call once, before parsing anything.
static inline int hs_arena_install(void) {
    return xmlMemSetup(hs_xml_arena_free, hs_xml_malloc, hs_xml_realloc, hs_xml_strdup);
}

/// Starts taking this thread's libxml2 allocations from its arena.
static inline void hs_arena_begin(void) {
    hs_arena_state *const arena = hs_arena_get();
    arena->active = 1;
}

/// Stops the arena and drops its blocks: every chunk is freed but one of at most 32 MB (the
/// largest), kept for the next page so that its memory need not be faulted in again.
static inline void hs_arena_end(void) {
    hs_arena_state *const arena = hs_arena_get();
    arena->active = 0;
    hs_arena_chunk *kept = NULL;
    for (hs_arena_chunk *chunk = arena->chunks; chunk != NULL; chunk = chunk->next) {
        if (chunk->size <= HS_ARENA_KEPT_CHUNK && (kept == NULL || chunk->size > kept->size)) kept = chunk;
    }
    hs_arena_chunk *chunk = arena->chunks;
    while (chunk != NULL) {
        hs_arena_chunk *next = chunk->next;
        if (chunk != kept) free(chunk);
        chunk = next;
    }
    arena->chunks = kept;
    if (kept != NULL) {
        kept->next = NULL;
        arena->cursor = (char *)kept + 16;
        arena->limit = (char *)kept + kept->size;
    } else {
        arena->cursor = arena->limit = NULL;
    }
}
#endif
