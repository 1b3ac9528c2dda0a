/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The search index's parts, shared by building it (briefing-search-build.c) and querying it
 * (briefing-search.c). */
#pragma once

#include "briefing-search.h"

G_BEGIN_DECLS

/* How the index finds text.
 *
 * Parties, events, demands and article headlines are short: each is a Field, folded into the
 * index's one buffer, where fields are separated by FIELD_SEPARATOR; folding turns every control
 * character into a space, so no folded query contains the separator and a match never spans two
 * fields. The parties', events' and demands' fields end with a NUL, and so does each headline,
 * so that strstr() reads one article's at a time.
 *
 * Article bodies are nearly all of a bundle's text, and folding changes few of their characters:
 * upper-case ASCII becomes lower case, and a character that is not ASCII changes only when it has
 * an accent or a case ("Zürich", "Çırağan"); quotes and dashes stay as they are. So the index keeps
 * no folded copy of a body. A query looks for its folded form in the body's original text, with
 * ASCII letters of either case (briefing_plain_query_find()), which finds every match that touches
 * no character folding changes. Around each such character, and WINDOW_MARGIN bytes on each side
 * within its paragraph, the index keeps a folded Window, where the matches that touch one are
 * found; a body's windows end with a NUL. A query longer than WINDOW_MARGIN looks for its first
 * WINDOW_MARGIN bytes both ways and folds the text after each hit to see whether the rest
 * follows. On a long text, the second half of the articles is searched on a thread of its own. */
typedef struct
{
  GObject            *item;       /* borrowed: the index keeps the bundle */
  BriefingSearchKind  kind;
  const char         *text;       /* borrowed from the item */
  gsize               text_len;
  gssize              base;       /* offset of @text in the article text, -1 when not article text */
  gsize               folded;     /* where the field starts in the folded buffer */
  gsize               item_end;   /* where the last field of its item ends in the folded buffer */
  guint               map;        /* its first entry in the offset map */
  guint               n_map;      /* 0 when folded and original bytes line up */
} Field;

#define FIELD_SEPARATOR '\x01'

/* Bytes of original text kept on each side of a character that folding changes. A match of up to
 * this many folded bytes that touches such a character lies wholly in its window. */
#define WINDOW_MARGIN 64

/* An article's body. */
typedef struct
{
  BriefingArticle *article;   /* borrowed */
  const char      *text;      /* borrowed from the article */
  gsize            text_len;
  guint            headline;  /* its headline's Field, G_MAXUINT when it has none */
  guint            window;    /* its first Window */
  guint            n_windows;
} Body;

/* A stretch of a paragraph around characters that folding changes, folded in the windows buffer
 * (each followed by FIELD_SEPARATOR). */
typedef struct
{
  gsize   folded;  /* where it starts in the windows buffer */
  guint32 start;   /* where it starts in its article's text */
  guint32 length;  /* its original bytes */
  guint   body;
  guint   map;     /* its first entry in the offset map */
  guint   n_map;
} Window;

struct _BriefingSearchIndex
{
  GObject         parent_instance;

  BriefingBundle *bundle;
  GArray         *fields;     /* of Field, in result order: parties, events, demands, headlines */
  gsize           others_end; /* where the parties', events' and demands' fields end: a NUL */
  GString        *folded;     /* every field folded, each followed by FIELD_SEPARATOR */
  GArray         *bodies;     /* of Body, in the articles' order */
  GArray         *windows;    /* of Window, in the bodies' order */
  guint           split;      /* the first body a query's second thread looks at; bodies->len for none */
  GString        *windows_folded;
  GArray         *map;        /* of BriefingFoldMapEntry */
  GHashTable     *folds;      /* gunichar → its folded UTF-8, while the index is built */
};

/* Folds the index's bundle into @self, whose bundle is set and whose arrays are empty. */
void briefing_search_index_fill (BriefingSearchIndex *self,
                                 GCancellable        *cancellable);

G_END_DECLS
