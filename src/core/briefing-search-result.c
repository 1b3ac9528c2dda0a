/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search-result"

#include "config.h"

#include <string.h>

#include "briefing-search-private.h"

/* Characters of context on each side of a match in a snippet. */
#define SNIPPET_CONTEXT 48

struct _BriefingSearchResult
{
  GObject             parent_instance;

  GObject            *item;
  BriefingSearchKind  kind;
  char               *snippet;
  gsize               snippet_match_start;
  gsize               snippet_match_end;
  gssize              text_start;
  gssize              text_end;
};

G_DEFINE_FINAL_TYPE (BriefingSearchResult, briefing_search_result, G_TYPE_OBJECT)

BriefingSearchResult *
briefing_search_result_new_match (GObject            *item,
                                  BriefingSearchKind  kind,
                                  const char         *text,
                                  gsize               text_len,
                                  gssize              base,
                                  gsize               match_start,
                                  gsize               match_end)
{
  BriefingSearchResult *result = g_object_new (BRIEFING_TYPE_SEARCH_RESULT, NULL);
  const char *end = text + text_len;
  const char *from = text + match_start, *to = text + match_end;
  GString *snippet = g_string_new (NULL);

  for (guint i = 0; i < SNIPPET_CONTEXT && from > text; i++)
    from = g_utf8_prev_char (from);
  for (guint i = 0; i < SNIPPET_CONTEXT && to < end; i++)
    to = g_utf8_next_char (to);
  if (from > text)
    {
      const char *space = memchr (from, ' ', text + match_start - from);

      if (space != NULL)
        from = space + 1;
      g_string_append (snippet, "…");
    }
  if (to < end)
    {
      const char *space = g_strrstr_len (text + match_end, to - (text + match_end), " ");

      if (space != NULL)
        to = space;
    }

  result->snippet_match_start = snippet->len + (match_start - (from - text));
  result->snippet_match_end = result->snippet_match_start + (match_end - match_start);
  g_string_append_len (snippet, from, to - from);
  if (to < end)
    g_string_append (snippet, "…");

  result->item = g_object_ref (item);
  result->kind = kind;
  result->snippet = g_string_free (snippet, FALSE);
  result->text_start = base >= 0 ? (gssize) (base + match_start) : -1;
  result->text_end = base >= 0 ? (gssize) (base + match_end) : -1;

  return result;
}

static void
briefing_search_result_finalize (GObject *object)
{
  BriefingSearchResult *self = BRIEFING_SEARCH_RESULT (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->snippet, g_free);

  G_OBJECT_CLASS (briefing_search_result_parent_class)->finalize (object);
}

static void
briefing_search_result_class_init (BriefingSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_search_result_finalize;
}

static void
briefing_search_result_init (BriefingSearchResult *self)
{
}

BriefingSearchKind
briefing_search_result_get_kind (BriefingSearchResult *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), 0);

  return self->kind;
}

GObject *
briefing_search_result_get_item (BriefingSearchResult *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), NULL);

  return self->item;
}

const char *
briefing_search_result_get_snippet (BriefingSearchResult *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

void
briefing_search_result_get_snippet_match (BriefingSearchResult *self,
                                          gsize                *match_start,
                                          gsize                *match_end)
{
  g_return_if_fail (BRIEFING_IS_SEARCH_RESULT (self));

  *match_start = self->snippet_match_start;
  *match_end = self->snippet_match_end;
}

gboolean
briefing_search_result_get_text_range (BriefingSearchResult *self,
                                       gsize                *start,
                                       gsize                *end)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), FALSE);

  if (self->text_start < 0)
    return FALSE;

  *start = self->text_start;
  *end = self->text_end;
  return TRUE;
}
