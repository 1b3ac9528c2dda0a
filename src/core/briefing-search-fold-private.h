/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The search index's text handling: folding (lower case, accents removed, so "CIRAGAN" finds
 * "Çırağan" and "Zurich" "Zürich"), and looking for a folded query in text that was not folded. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where folded and original bytes stop lining up: at each character that is not ASCII (@is_char:
 * every byte of its folded form maps to its start) and after it (a run of ASCII from there).
 * Offsets are relative to where the text starts. */
typedef struct
{
  guint32 folded;
  guint32 original : 31;
  guint32 is_char : 1;
} BriefingFoldMapEntry;

/* Appends @text folded to @out; @cache (gunichar → folded UTF-8, from
 * briefing_fold_cache_new()) may be NULL. With @map (of BriefingFoldMapEntry), records where folded
 * and original bytes part, relative to where the text starts in @out. */
void        briefing_fold_into      (GString    *out,
                                     const char *text,
                                     gsize       len,
                                     GHashTable *cache,
                                     GArray     *map);
/* @text folded on its own, for queries. */
char       *briefing_fold           (const char *text,
                                     gsize       len);
GHashTable *briefing_fold_cache_new (void);
/* Whether folding changes the character at @p, which is not ASCII; sets @next to the byte after
 * it. Bytes that are not UTF-8 fold to nothing, so they count as changed. */
gboolean    briefing_fold_changes   (GHashTable  *cache,
                                     const char  *p,
                                     const char  *end,
                                     const char **next);
/* Where the original text from @p on, folded, has begun with the whole of @needle (the byte
 * after the character that completes it), or NULL when it does not begin with it before @end. */
const char *briefing_fold_match_end (const char *p,
                                     const char *end,
                                     const char *needle,
                                     gsize       n);

/* A folded query prepared for briefing_plain_query_find(): two of its bytes to look for first, the two least
 * common in running text, each of which only itself and, for a letter, its upper case fold to. A
 * space is never one: every control character folds to it too. */
typedef struct
{
  const guchar *needle;
  gsize         n;
  gsize         first, last;  /* offsets of the two bytes; no_filter when the query has none */
  gboolean      no_filter;
} BriefingPlainQuery;

/* @needle is folded and stays borrowed. */
void   briefing_plain_query_init (BriefingPlainQuery *plain,
                                  const char         *needle,
                                  gsize               n);
/* The first offset at or after @from in text[0, @len) where the folded query matches the text
 * with ASCII compared as folding sees it (either case; control characters as spaces) and other
 * bytes as they are: every match that touches no character folding changes, or -1. */
gssize briefing_plain_query_find (const BriefingPlainQuery *plain,
                                  const char               *text,
                                  gsize                     len,
                                  gsize                     from);

G_END_DECLS
